/**
 * Validated by hand rather than with zod: the configuration is read at every Lambda cold start,
 * and building its schema was most of the zod work there (~60 schema objects; the aggregate and
 * digest functions used zod for nothing else, and its module cost them a fifth of their init).
 */

import { isBareAddress, MAILBOX } from './mail-address.ts';

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
/**
 * Decimal digits and nothing else, as the API reads `limit`: Number() read `0x1131` as 4401,
 * `4.4e3` as 4400 and ` 4402` as 4402, so a typo started the server on a port nobody chose.
 */
const int =
  (fallback: number): Reader<number> =>
  (value) => {
    if (value === undefined) return fallback;
    const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number <= 0) throw new ConfigProblem(`must be a positive integer in decimal digits, not "${value}"`);
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

/** A value matching `pattern`, else `problem`; unset or blank stays undefined. */
const matching =
  (pattern: RegExp, problem: string): Reader<string | undefined> =>
  (value) => {
    const string = optionalString(value);
    if (string !== undefined && !pattern.test(string)) throw new ConfigProblem(`${problem}, not "${string.slice(0, 100)}"`);
    return string;
  };
function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
/**
 * An absolute URL of one of `schemes`, without query or fragment, and without credentials unless
 * it carries them (SMTP_URL; never echoed, then).
 */
const url =
  (schemes: readonly string[], example: string, carriesCredentials = false): Reader<string | undefined> =>
  (value) => {
    const string = optionalString(value);
    if (string === undefined) return undefined;
    const parsed = parsedUrl(string);
    const hasCredentials = Boolean(parsed?.username || parsed?.password);
    if (!parsed || !schemes.includes(parsed.protocol.slice(0, -1)) || !parsed.host || parsed.search || parsed.hash || (hasCredentials && !carriesCredentials)) {
      const shown = carriesCredentials ? '' : `, not "${string.slice(0, 100)}"`;
      throw new ConfigProblem(`must be a ${schemes.join(' or ')} URL such as ${example}${shown}`);
    }
    return string;
  };
/** Browsers send `Origin: https://shop.example.com` (scheme, host, port; no path): an entry of another form never matches. */
const origins: Reader<string[]> = (value) =>
  list(value).map((origin) => {
    const parsed = parsedUrl(origin);
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigProblem(`each entry must be an origin such as https://shop.example.com (no path, no trailing slash), not "${origin.slice(0, 100)}"`);
    }
    return origin;
  });
const addresses: Reader<string[]> = (value) =>
  list(value).map((address) => {
    if (!isBareAddress(address)) throw new ConfigProblem(`each entry must be a mail address such as ops@example.com, not "${address.slice(0, 100)}"`);
    return address;
  });
/** One mailbox, bare or with a display name; a line break would let it add mail headers. */
const sender: Reader<string> = (value) => {
  const from = value ?? 'feedback-digest@localhost';
  if (!new RegExp(String.raw`^(?:${MAILBOX}|[^\r\n<>]*<${MAILBOX}>)$`, 'u').test(from.trim())) {
    throw new ConfigProblem(`must be a mail address, bare or as "Name <address>", not "${from.slice(0, 100)}"`);
  }
  return from.trim();
};
const SECRET_ARN_OR_NAME = /^(?:arn:[\w-]+:secretsmanager:[\w-]+:\d{12}:secret:[\w/+=.@-]+|[\w/+=.@-]{1,512})$/;
const secretId = matching(SECRET_ARN_OR_NAME, 'must be a Secrets Manager secret ARN (arn:aws:secretsmanager:…) or name');

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
  FEEDBACK_API_KEYS_SECRET_ARN: secretId,
  FORMS_ALLOWED_ORIGINS: origins,
  MAX_BODY_BYTES: int(1_048_576),
  /** A web form's multipart post, files included (counted, never kept); its text still counts against MAX_BODY_BYTES. */
  MAX_UPLOAD_BYTES: int(10_485_760),
  RATE_LIMIT_PER_MINUTE: int(120),
  /** Local server: the longest a client may pause while sending a request before it gets 408. */
  REQUEST_IDLE_TIMEOUT_SECONDS: int(30),
  PUBLIC_BASE_URL: url(['https', 'http'], 'https://feedback.example.com'),
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
  CHANNEL_SECRETS_ARN: secretId,
  /** In AWS: how long a warm Lambda keeps a secret (channel secrets, API keys) before reading it again. */
  SECRETS_MAX_AGE_SECONDS: int(60),
  CLASSIFIER: oneOf(['local', 'comprehend'], 'local'),
  COMPLAINT_TAXONOMY_FILE: optionalString,
  // AWS adapters
  TABLE_NAME: matching(/^[\w.-]{3,255}$/, 'must be a DynamoDB table name (3 to 255 letters, digits, _ . -)'),
  QUEUE_URL: url(['https', 'http'], 'https://sqs.us-east-1.amazonaws.com/123456789012/feedback'),
  EMAIL_BUCKET: matching(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3 to 63 lower-case letters, digits, . -)'),
  /** Key prefix of the SES receipt rule's S3 action; the object key is `<prefix><SES messageId>`. */
  EMAIL_OBJECT_PREFIX: text(''),
  AWS_REGION: matching(/^[a-z]{2}(?:-[a-z]+)+-\d+$/, 'must be an AWS region such as us-east-1'),
  SES_ENDPOINT: url(['https', 'http'], 'http://127.0.0.1:8005'),
  // mail and digests
  MAIL_TRANSPORT: oneOf(['file', 'ses', 'smtp'], 'file'),
  MAIL_FROM: sender,
  SMTP_URL: url(['smtp', 'smtps'], 'smtp://user:pass@mail.example.com:587', true),
  DIGEST_LANGUAGE: oneOf(['zh', 'en'], 'zh'),
  DIGEST_DAILY_RECIPIENTS: addresses,
  DIGEST_WEEKLY_RECIPIENTS: addresses,
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
  if (config['MAIL_TRANSPORT'] === 'smtp' && config['SMTP_URL'] === undefined) problems.push('SMTP_URL: must be set when MAIL_TRANSPORT is smtp');
  if (problems.length) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  return config as Config;
}
