import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../shared/config.ts';

describe('loadConfig', () => {
  it('fills in the defaults and leaves unset secrets out', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: '.data',
      LOG_LEVEL: 'INFO',
      FEEDBACK_API_KEYS: [],
      MAX_BODY_BYTES: 1_048_576,
      RATE_LIMIT_PER_MINUTE: 120,
      DEFAULT_PHONE_REGION: 'CN',
      REPORT_TIME_ZONE: 'Asia/Shanghai',
      WECHAT_REPLY: 'success',
      SECRETS_MAX_AGE_SECONDS: 60,
      CLASSIFIER: 'local',
      EMAIL_OBJECT_PREFIX: '',
      MAIL_TRANSPORT: 'file',
      MAIL_FROM: 'feedback-digest@localhost',
      DIGEST_LANGUAGE: 'zh',
      DIGEST_DAILY_RECIPIENTS: [],
    });
    expect('WECHAT_TOKEN' in config).toBe(false);
    expect('TABLE_NAME' in config).toBe(false);
  });

  it('reads numbers, lists, choices and trimmed strings; blank strings count as unset; other variables are not copied', () => {
    const config = loadConfig({
      PORT: '8080',
      FEEDBACK_API_KEYS: ' k1, ,k2 ',
      LOG_LEVEL: 'DEBUG',
      TABLE_NAME: '  feedback  ',
      WECHAT_TOKEN: '   ',
      EMAIL_OBJECT_PREFIX: 'inbound/',
      HOME: '/root',
    });
    expect(config.PORT).toBe(8080);
    expect(config.FEEDBACK_API_KEYS).toEqual(['k1', 'k2']);
    expect(config.LOG_LEVEL).toBe('DEBUG');
    expect(config.TABLE_NAME).toBe('feedback');
    expect(config.WECHAT_TOKEN).toBeUndefined();
    expect(config.EMAIL_OBJECT_PREFIX).toBe('inbound/');
    expect('HOME' in config).toBe(false);
  });

  it('refuses every invalid value at once, naming each variable', () => {
    const load = () => loadConfig({ PORT: '0', MAX_BODY_BYTES: '1.5', RATE_LIMIT_PER_MINUTE: 'lots', LOG_LEVEL: 'LOUD', DEFAULT_PHONE_REGION: 'CHN', SECRETS_MAX_AGE_SECONDS: '' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^invalid configuration: PORT: .*; LOG_LEVEL: must be one of DEBUG, INFO, WARN, ERROR, SILENT, not "LOUD"; MAX_BODY_BYTES: .*; RATE_LIMIT_PER_MINUTE: .*; DEFAULT_PHONE_REGION: .*; SECRETS_MAX_AGE_SECONDS: /);
  });

  it('refuses a port past 65535 and a WeChat EncodingAESKey that is not 43 base64 characters', () => {
    expect(() => loadConfig({ PORT: '70000', WECHAT_ENCODING_AES_KEY: 'short' })).toThrow(
      /^invalid configuration: PORT: must be a TCP port, 1 to 65535, not "70000"; WECHAT_ENCODING_AES_KEY: must be the 43-character EncodingAESKey/,
    );
    expect(loadConfig({ PORT: '65535', WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }).PORT).toBe(65535);
  });
});
