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
      REQUEST_IDLE_TIMEOUT_SECONDS: 30,
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

  it.each([
    ['PORT', '0x1131'],
    ['PORT', '4.4e3'],
    ['PORT', ' 4402'],
    ['PORT', '4402 '],
    ['PORT', '+4402'],
    ['PORT', '4402.0'],
    ['MAX_BODY_BYTES', '1e2'],
    ['RATE_LIMIT_PER_MINUTE', '0b11'],
    ['SECRETS_MAX_AGE_SECONDS', '9'.repeat(20)],
  ])('refuses %s=%j: a number is decimal digits and nothing else, as the API reads limit (found by audit)', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`invalid configuration: ${name}: must be a positive integer in decimal digits, not "${value}"`);
  });

  it('reads decimal digits, leading zeros included', () => {
    expect(loadConfig({ PORT: '04401', MAX_BODY_BYTES: '100' })).toMatchObject({ PORT: 4401, MAX_BODY_BYTES: 100 });
  });

  it('refuses a port past 65535 and a WeChat EncodingAESKey that is not 43 base64 characters', () => {
    expect(() => loadConfig({ PORT: '70000', WECHAT_ENCODING_AES_KEY: 'short' })).toThrow(
      /^invalid configuration: PORT: must be a TCP port, 1 to 65535, not "70000"; WECHAT_ENCODING_AES_KEY: must be the 43-character EncodingAESKey/,
    );
    expect(loadConfig({ PORT: '65535', WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' }).PORT).toBe(65535);
  });
});

describe('loadConfig refuses values the product could not use', () => {
  it.each([
    ['FORMS_ALLOWED_ORIGINS', 'notaurl', /FORMS_ALLOWED_ORIGINS: each entry must be an origin such as https:\/\/shop\.example\.com .*"notaurl"/],
    ['FORMS_ALLOWED_ORIGINS', 'https://shop.example.com/', /FORMS_ALLOWED_ORIGINS: each entry must be an origin/],
    ['FORMS_ALLOWED_ORIGINS', 'https://a.example.com, ftp://b.example.com', /FORMS_ALLOWED_ORIGINS: .*"ftp:\/\/b\.example\.com"/],
    ['PUBLIC_BASE_URL', 'ftp://x', /PUBLIC_BASE_URL: must be a https or http URL such as https:\/\/feedback\.example\.com, not "ftp:\/\/x"/],
    ['PUBLIC_BASE_URL', 'feedback.example.com', /PUBLIC_BASE_URL: must be a https or http URL/],
    ['PUBLIC_BASE_URL', 'https://feedback.example.com/?a=1', /PUBLIC_BASE_URL: must be a https or http URL/],
    ['QUEUE_URL', 'queue', /QUEUE_URL: must be a https or http URL/],
    ['SES_ENDPOINT', 'localhost:8005', /SES_ENDPOINT: must be a https or http URL/],
    ['TABLE_NAME', 'my table', /TABLE_NAME: must be a DynamoDB table name/],
    ['EMAIL_BUCKET', 'My_Bucket', /EMAIL_BUCKET: must be an S3 bucket name/],
    ['AWS_REGION', 'mars', /AWS_REGION: must be an AWS region/],
    ['FEEDBACK_API_KEYS_SECRET_ARN', 'not a secret', /FEEDBACK_API_KEYS_SECRET_ARN: must be a Secrets Manager secret ARN/],
    ['CHANNEL_SECRETS_ARN', 'arn:aws:s3:::bucket', /CHANNEL_SECRETS_ARN: must be a Secrets Manager secret ARN/],
    ['MAIL_FROM', 'digest', /MAIL_FROM: must be a mail address/],
    ['MAIL_FROM', 'Digest <digest@example.com>\r\nBcc: all@example.com', /MAIL_FROM: must be a mail address/],
    ['DIGEST_DAILY_RECIPIENTS', 'ceo@example.com, cfo', /DIGEST_DAILY_RECIPIENTS: each entry must be a mail address .*"cfo"/],
    ['DIGEST_WEEKLY_RECIPIENTS', 'ceo@example.com\nBcc: x@example.com', /DIGEST_WEEKLY_RECIPIENTS: each entry must be a mail address/],
    ['DIGEST_WEEKLY_RECIPIENTS', 'ceo\u001bc\u0007@example.com', /DIGEST_WEEKLY_RECIPIENTS: each entry must be a mail address/],
    ['DIGEST_DAILY_RECIPIENTS', 'ceo\u202e@example.com', /DIGEST_DAILY_RECIPIENTS: each entry must be a mail address/],
    ['MAIL_FROM', 'Digest <digest\u001bc@example.com>', /MAIL_FROM: must be a mail address/],
  ])('%s=%j', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('refuses an SMTP_URL that is not one without echoing it (it holds the password), and smtp without SMTP_URL', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://user:hunter2@mail.example.com' })).toThrow(/^invalid configuration: SMTP_URL: must be a smtp or smtps URL such as smtp:\/\/user:pass@mail\.example\.com:587$/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL: must be set when MAIL_TRANSPORT is smtp/);
  });

  it('takes the valid forms', () => {
    const config = loadConfig({
      FORMS_ALLOWED_ORIGINS: 'https://shop.example.com, http://localhost:8080',
      PUBLIC_BASE_URL: 'https://feedback.example.com/',
      QUEUE_URL: 'http://127.0.0.1:4566/000000000000/feedback',
      TABLE_NAME: 'feedback-table_1.v2',
      EMAIL_BUCKET: 'feedback-inbound-mail',
      AWS_REGION: 'us-gov-west-1',
      FEEDBACK_API_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:keys-AbC123',
      CHANNEL_SECRETS_ARN: 'feedback/channel-secrets',
      MAIL_FROM: '"Feedback 反馈" <digest@example.com>',
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: 'smtps://user:p%40ss@mail.example.com:465',
      DIGEST_DAILY_RECIPIENTS: 'ceo@example.com, 运营@例子.中国',
    });
    expect(config.FORMS_ALLOWED_ORIGINS).toEqual(['https://shop.example.com', 'http://localhost:8080']);
    expect(config.MAIL_FROM).toBe('"Feedback 反馈" <digest@example.com>');
    expect(config.DIGEST_DAILY_RECIPIENTS).toEqual(['ceo@example.com', '运营@例子.中国']);
  });
});
