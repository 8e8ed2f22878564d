import type { Node } from 'constructs';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { ConfigError, loadConfig } from '../shared/config.ts';

/**
 * Deployment choices for one installation of the stack. Every field has a default so that
 * `cdk synth` works with no context at all; a deployment overrides them with `-c key=value`
 * or in cdk.json (docs/deploy.md lists them).
 */
export interface StackSettings {
  /** IANA zone for reporting days and for the digest schedules' cron expressions. */
  readonly reportTimeZone: string;
  readonly defaultPhoneRegion: string;
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  readonly formsAllowedOrigins: readonly string[];
  /** Public URL the webhooks are reached at (Twilio signs it); defaults to the HTTP API's URL. */
  readonly publicBaseUrl?: string;
  readonly maxBodyBytes: number;
  readonly rateLimitPerMinute: number;
  /** Stage-wide API Gateway throttling, a backstop in front of the per-client limit. */
  readonly apiRateLimit: number;
  readonly apiBurstLimit: number;
  /** Most processor instances the SQS trigger runs at once (2–1000): bounds concurrent writers on one customer or day. */
  readonly processorMaxConcurrency: number;
  /** Digest sender; its SES identity (domain or address) scopes the send permission. */
  readonly mailFrom: string;
  readonly sesIdentity: string;
  readonly digestLanguage: 'zh' | 'en';
  readonly digestDailyRecipients: readonly string[];
  readonly digestWeeklyRecipients: readonly string[];
  /** EventBridge Scheduler cron expressions (6 fields), evaluated in `reportTimeZone`. */
  readonly digestDailyCron: string;
  readonly digestWeeklyCron: string;
  /** Addresses or domains the SES receipt rule accepts; empty means every verified identity. */
  readonly inboundRecipients: readonly string[];
  readonly rawMailRetentionDays: number;
  /** Minutes between runs of the sweep that finishes merges and undos requests cut short left under way (1–60). */
  readonly pendingWorkSweepMinutes: number;
  readonly alarmEmail?: string;
  /** `local` (the bundled offline model) or `comprehend` (Amazon Comprehend for language and sentiment). */
  readonly classifier: 'local' | 'comprehend';
}

export const DEFAULT_SETTINGS: StackSettings = {
  reportTimeZone: 'Asia/Shanghai',
  defaultPhoneRegion: 'CN',
  logLevel: 'INFO',
  formsAllowedOrigins: [],
  maxBodyBytes: 1_048_576,
  rateLimitPerMinute: 120,
  // The HTTP API carries the webhooks too: a stage ceiling below the ingest target would drop feedback.
  apiRateLimit: 1_000,
  apiBurstLimit: 2_000,
  processorMaxConcurrency: 20,
  mailFrom: 'feedback-digest@example.com',
  sesIdentity: 'example.com',
  digestLanguage: 'zh',
  digestDailyRecipients: [],
  digestWeeklyRecipients: [],
  // 08:00 every day and 08:30 every Monday, local time.
  digestDailyCron: 'cron(0 8 * * ? *)',
  digestWeeklyCron: 'cron(30 8 ? * MON *)',
  inboundRecipients: [],
  rawMailRetentionDays: 30,
  pendingWorkSweepMinutes: 5,
  classifier: 'local',
};

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;

/** Context from `-c` arrives as strings, from cdk.json possibly as arrays or numbers. */
function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((s) => s.trim()).filter(Boolean);
}

function text(value: unknown): string | undefined {
  return value === undefined || String(value).trim() === '' ? undefined : String(value).trim();
}

/** A cdk.json number, or `-c` decimal digits: Number() read `0x10`, `1e3` and ` 5` as numbers, as shared/config.ts no longer does. */
function positiveInt(key: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' || (typeof value === 'string' && /^[0-9]+$/.test(value)) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`context ${key} must be a positive integer in decimal digits, got ${String(value)}`);
  return n;
}

function inRange(key: string, value: number, low: number, high: number): number {
  if (value < low || value > high) throw new Error(`context ${key} must be between ${low} and ${high}, got ${value}`);
  return value;
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === String(value));
  if (!found) throw new Error(`context ${key} must be one of ${allowed.join(', ')}, got ${String(value)}`);
  return found;
}

function timeZone(value: unknown): string | undefined {
  const zone = text(value);
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`context reportTimeZone must be an IANA time zone such as Asia/Shanghai, got ${zone}`);
  }
  return zone;
}

function phoneRegion(value: unknown): string | undefined {
  const region = text(value);
  if (region !== undefined && !isSupportedCountry(region.toUpperCase() as CountryCode)) {
    throw new Error(`context defaultPhoneRegion must be a region with a phone numbering plan such as CN, got ${region}`);
  }
  return region;
}

/**
 * The settings the functions receive as environment variables, read by the functions' own reader
 * (shared/config.ts): a value every function would refuse at init is refused here, at synth,
 * rather than deployed.
 */
function checkedAsFunctionsReadThem(settings: StackSettings): StackSettings {
  const variables = {
    formsAllowedOrigins: ['FORMS_ALLOWED_ORIGINS', settings.formsAllowedOrigins.join(',')],
    publicBaseUrl: ['PUBLIC_BASE_URL', settings.publicBaseUrl],
    mailFrom: ['MAIL_FROM', settings.mailFrom],
    digestDailyRecipients: ['DIGEST_DAILY_RECIPIENTS', settings.digestDailyRecipients.join(',')],
    digestWeeklyRecipients: ['DIGEST_WEEKLY_RECIPIENTS', settings.digestWeeklyRecipients.join(',')],
  } as const;
  for (const [key, [name, value]] of Object.entries(variables)) {
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new Error(`context ${key}: ${error.message.replace(`invalid configuration: ${name}: `, '')}`);
    }
  }
  return settings;
}

/** Reads the settings from CDK context, falling back to the defaults field by field. */
export function settingsFromContext(node: Node): StackSettings {
  const ctx = (key: string): unknown => node.tryGetContext(key);
  const d = DEFAULT_SETTINGS;
  const mailFrom = text(ctx('mailFrom')) ?? d.mailFrom;
  return checkedAsFunctionsReadThem({
    reportTimeZone: timeZone(ctx('reportTimeZone')) ?? d.reportTimeZone,
    defaultPhoneRegion: phoneRegion(ctx('defaultPhoneRegion')) ?? d.defaultPhoneRegion,
    logLevel: oneOf('logLevel', ctx('logLevel'), LOG_LEVELS) ?? d.logLevel,
    formsAllowedOrigins: list(ctx('formsAllowedOrigins')) ?? d.formsAllowedOrigins,
    publicBaseUrl: text(ctx('publicBaseUrl')),
    maxBodyBytes: positiveInt('maxBodyBytes', ctx('maxBodyBytes')) ?? d.maxBodyBytes,
    rateLimitPerMinute: positiveInt('rateLimitPerMinute', ctx('rateLimitPerMinute')) ?? d.rateLimitPerMinute,
    apiRateLimit: positiveInt('apiRateLimit', ctx('apiRateLimit')) ?? d.apiRateLimit,
    apiBurstLimit: positiveInt('apiBurstLimit', ctx('apiBurstLimit')) ?? d.apiBurstLimit,
    processorMaxConcurrency: inRange('processorMaxConcurrency', positiveInt('processorMaxConcurrency', ctx('processorMaxConcurrency')) ?? d.processorMaxConcurrency, 2, 1000),
    mailFrom,
    // The domain of the sender address is the usual verified identity.
    sesIdentity: text(ctx('sesIdentity')) ?? mailFrom.split('@')[1] ?? d.sesIdentity,
    digestLanguage: oneOf('digestLanguage', ctx('digestLanguage'), ['zh', 'en'] as const) ?? d.digestLanguage,
    digestDailyRecipients: list(ctx('digestDailyRecipients')) ?? d.digestDailyRecipients,
    digestWeeklyRecipients: list(ctx('digestWeeklyRecipients')) ?? d.digestWeeklyRecipients,
    digestDailyCron: text(ctx('digestDailyCron')) ?? d.digestDailyCron,
    digestWeeklyCron: text(ctx('digestWeeklyCron')) ?? d.digestWeeklyCron,
    inboundRecipients: list(ctx('inboundRecipients')) ?? d.inboundRecipients,
    rawMailRetentionDays: positiveInt('rawMailRetentionDays', ctx('rawMailRetentionDays')) ?? d.rawMailRetentionDays,
    pendingWorkSweepMinutes: inRange('pendingWorkSweepMinutes', positiveInt('pendingWorkSweepMinutes', ctx('pendingWorkSweepMinutes')) ?? d.pendingWorkSweepMinutes, 1, 60),
    alarmEmail: text(ctx('alarmEmail')),
    classifier: oneOf('classifier', ctx('classifier'), ['local', 'comprehend'] as const) ?? d.classifier,
  });
}
