import * as z from 'zod';

const list = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const optionalString = z.string().trim().min(1).optional().catch(undefined);
const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Every environment variable the product reads, in one place; the README's configuration table
 * is written from this schema. Secrets left unset disable the channel that needs them.
 */
export const ConfigSchema = z.object({
  PORT: int(3000),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).default('INFO'),
  /** Plain API keys (local mode and tests); in AWS a secret holds their SHA-256 hashes instead. */
  FEEDBACK_API_KEYS: list,
  FEEDBACK_API_KEYS_SECRET_ARN: optionalString,
  FORMS_ALLOWED_ORIGINS: list,
  MAX_BODY_BYTES: int(1_048_576),
  RATE_LIMIT_PER_MINUTE: int(120),
  PUBLIC_BASE_URL: optionalString,
  DEFAULT_PHONE_REGION: z.string().length(2).default('CN'),
  /** Reporting day boundaries for aggregates and digests. */
  REPORT_TIME_ZONE: z.string().default('Asia/Shanghai'),
  WECHAT_TOKEN: optionalString,
  WECHAT_APP_ID: optionalString,
  WECHAT_ENCODING_AES_KEY: optionalString,
  WECHAT_REPLY: z.enum(['success', 'ack']).default('success'),
  TWILIO_AUTH_TOKEN: optionalString,
  TENCENT_SMS_WEBHOOK_SECRET: optionalString,
  EMAIL_WEBHOOK_SECRET: optionalString,
  /** In AWS: a Secrets Manager secret, a JSON object of the channel secrets above by env var name. */
  CHANNEL_SECRETS_ARN: optionalString,
  /** In AWS: how long a warm Lambda keeps a secret (channel secrets, API keys) before reading it again. */
  SECRETS_MAX_AGE_SECONDS: int(60),
  CLASSIFIER: z.enum(['local', 'comprehend']).default('local'),
  COMPLAINT_TAXONOMY_FILE: optionalString,
  // AWS adapters
  TABLE_NAME: optionalString,
  QUEUE_URL: optionalString,
  EMAIL_BUCKET: optionalString,
  /** Key prefix of the SES receipt rule's S3 action; the object key is `<prefix><SES messageId>`. */
  EMAIL_OBJECT_PREFIX: z.string().default(''),
  AWS_REGION: optionalString,
  SES_ENDPOINT: optionalString,
  // mail and digests
  MAIL_TRANSPORT: z.enum(['file', 'ses', 'smtp']).default('file'),
  MAIL_FROM: z.string().default('feedback-digest@localhost'),
  SMTP_URL: optionalString,
  DIGEST_LANGUAGE: z.enum(['zh', 'en']).default('zh'),
  DIGEST_DAILY_RECIPIENTS: list,
  DIGEST_WEEKLY_RECIPIENTS: list,
});

export type Config = z.infer<typeof ConfigSchema>;

/** The variables the CHANNEL_SECRETS_ARN secret may hold; a value set in the environment wins. */
export const CHANNEL_SECRET_NAMES = ['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_ENCODING_AES_KEY', 'TWILIO_AUTH_TOKEN', 'TENCENT_SMS_WEBHOOK_SECRET', 'EMAIL_WEBHOOK_SECRET'] as const;
export type ChannelSecrets = Partial<Pick<Config, (typeof CHANNEL_SECRET_NAMES)[number]>>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
