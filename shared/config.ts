/**
 * Validated by hand rather than with zod: the configuration is read at every Lambda cold start,
 * and building its schema was most of the zod work there (~60 schema objects; the aggregate and
 * digest functions used zod for nothing else, and its module cost them a fifth of their init).
 */

/** Reads one variable (unset: `undefined`); throws a `ConfigProblem` saying what is wrong. */
type Reader<T> = (value: string | undefined) => T;

class ConfigProblem extends Error {}

const list: Reader<string[]> = (value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
/** Unset, empty or blank: undefined. */
const optionalString: Reader<string | undefined> = (value) => value?.trim() || undefined;
const text =
  (fallback: string): Reader<string> =>
  (value) =>
    value ?? fallback;
const int =
  (fallback: number): Reader<number> =>
  (value) => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new ConfigProblem(`must be a positive integer, not "${value}"`);
    return number;
  };
const oneOf =
  <const T extends readonly string[]>(values: T, fallback: T[number]): Reader<T[number]> =>
  (value) => {
    if (value === undefined) return fallback;
    if (!values.includes(value)) throw new ConfigProblem(`must be one of ${values.join(', ')}, not "${value}"`);
    return value;
  };
const port: Reader<number> = (value) => {
  const number = int(3000)(value);
  if (number > 65_535) throw new ConfigProblem(`must be a TCP port, 1 to 65535, not "${value}"`);
  return number;
};
/** The key WeChat's console shows is 43 base64 characters (32 bytes once "=" is added). */
const wechatAesKey: Reader<string | undefined> = (value) => {
  const key = optionalString(value);
  if (key !== undefined && !/^[A-Za-z0-9+/]{43}$/.test(key)) throw new ConfigProblem('must be the 43-character EncodingAESKey from the WeChat console');
  return key;
};
const regionCode: Reader<string> = (value) => {
  if (value === undefined) return 'CN';
  if (value.length !== 2) throw new ConfigProblem(`must be a two-letter region code, not "${value}"`);
  return value;
};

/**
 * Every environment variable the product reads, in one place; the README's configuration table
 * is written from this list. Secrets left unset disable the channel that needs them.
 */
const CONFIG = {
  PORT: port,
  DATA_DIR: text('.data'),
  LOG_LEVEL: oneOf(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'], 'INFO'),
  /** Plain API keys (local mode and tests); in AWS a secret holds their SHA-256 hashes instead. */
  FEEDBACK_API_KEYS: list,
  FEEDBACK_API_KEYS_SECRET_ARN: optionalString,
  FORMS_ALLOWED_ORIGINS: list,
  MAX_BODY_BYTES: int(1_048_576),
  RATE_LIMIT_PER_MINUTE: int(120),
  PUBLIC_BASE_URL: optionalString,
  DEFAULT_PHONE_REGION: regionCode,
  /** Reporting day boundaries for aggregates and digests. */
  REPORT_TIME_ZONE: text('Asia/Shanghai'),
  WECHAT_TOKEN: optionalString,
  WECHAT_APP_ID: optionalString,
  WECHAT_ENCODING_AES_KEY: wechatAesKey,
  WECHAT_REPLY: oneOf(['success', 'ack'], 'success'),
  TWILIO_AUTH_TOKEN: optionalString,
  TENCENT_SMS_WEBHOOK_SECRET: optionalString,
  EMAIL_WEBHOOK_SECRET: optionalString,
  /** In AWS: a Secrets Manager secret, a JSON object of the channel secrets above by env var name. */
  CHANNEL_SECRETS_ARN: optionalString,
  /** In AWS: how long a warm Lambda keeps a secret (channel secrets, API keys) before reading it again. */
  SECRETS_MAX_AGE_SECONDS: int(60),
  CLASSIFIER: oneOf(['local', 'comprehend'], 'local'),
  COMPLAINT_TAXONOMY_FILE: optionalString,
  // AWS adapters
  TABLE_NAME: optionalString,
  QUEUE_URL: optionalString,
  EMAIL_BUCKET: optionalString,
  /** Key prefix of the SES receipt rule's S3 action; the object key is `<prefix><SES messageId>`. */
  EMAIL_OBJECT_PREFIX: text(''),
  AWS_REGION: optionalString,
  SES_ENDPOINT: optionalString,
  // mail and digests
  MAIL_TRANSPORT: oneOf(['file', 'ses', 'smtp'], 'file'),
  MAIL_FROM: text('feedback-digest@localhost'),
  SMTP_URL: optionalString,
  DIGEST_LANGUAGE: oneOf(['zh', 'en'], 'zh'),
  DIGEST_DAILY_RECIPIENTS: list,
  DIGEST_WEEKLY_RECIPIENTS: list,
} satisfies Record<string, Reader<unknown>>;

type Values = { [K in keyof typeof CONFIG]: ReturnType<(typeof CONFIG)[K]> };
type Unsettable = { [K in keyof Values]: undefined extends Values[K] ? K : never }[keyof Values];
/** The variables' values: defaults filled in; those that may be unset are optional. */
export type Config = Omit<Values, Unsettable> & Partial<Pick<Values, Unsettable>>;

/** The variables the CHANNEL_SECRETS_ARN secret may hold; a value set in the environment wins. */
export const CHANNEL_SECRET_NAMES = ['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_ENCODING_AES_KEY', 'TWILIO_AUTH_TOKEN', 'TENCENT_SMS_WEBHOOK_SECRET', 'EMAIL_WEBHOOK_SECRET'] as const;
export type ChannelSecrets = Partial<Pick<Config, (typeof CHANNEL_SECRET_NAMES)[number]>>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, read] of Object.entries(CONFIG)) {
    try {
      const value = read(env[name]);
      if (value !== undefined) config[name] = value;
    } catch (error) {
      if (!(error instanceof ConfigProblem)) throw error;
      problems.push(`${name}: ${error.message}`);
    }
  }
  if (problems.length) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  return config as Config;
}
