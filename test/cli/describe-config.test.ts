import { describe, expect, it } from 'vitest';
import { describeConfig } from '../../cli/serve.ts';
import { loadConfig } from '../../shared/config.ts';

describe("serve's config line", () => {
  it('hides every secret and shows every other setting, the secrets max age included', () => {
    const secrets = {
      FEEDBACK_API_KEYS: 'key-one-secret-value',
      WECHAT_TOKEN: 'wechat-token-value',
      WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      TWILIO_AUTH_TOKEN: 'twilio-token-value',
      TENCENT_SMS_WEBHOOK_SECRET: 'tencent-secret-value',
      EMAIL_WEBHOOK_SECRET: 'email-secret-value',
      SMTP_URL: 'smtp://user:password@mail.example.com:587',
    };
    const line = describeConfig(loadConfig({ ...secrets, SECRETS_MAX_AGE_SECONDS: '90', MAIL_TRANSPORT: 'smtp' }));
    for (const [name, value] of Object.entries(secrets)) {
      expect(line).toContain(`${name}=(set)`);
      expect(line).not.toContain(value);
    }
    expect(line).toContain('SECRETS_MAX_AGE_SECONDS=90');
  });
});
