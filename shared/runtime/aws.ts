import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { channelSecretSource, SecretValues, secretKeyRing } from '../adapters/aws/secrets.ts';
import { configuredKeys, staticKeyRing, type KeyRing } from '../keys/keys.ts';
import { loadConfig, type ChannelSecrets, type Config } from '../config.ts';

/** Structured JSON logs and CloudWatch metrics, one instance per container. */
export const logger = new Logger();
// Pure: only the processor and the sweep publish metrics, so the other bundles drop the Metrics class (~13 KB).
export const metrics = /* @__PURE__ */ new Metrics();

/** Configuration at cold start, from the environment; secrets are read when needed (below). */
export async function loadAwsConfig(): Promise<Config> {
  const config = loadConfig(process.env);
  logger.setLogLevel(config.LOG_LEVEL === 'SILENT' ? 'SILENT' : config.LOG_LEVEL);
  return config;
}

/** One secrets cache per container, shared by everything that reads a secret. */
let secretValues: SecretValues | undefined;
function secrets(config: Config): SecretValues {
  return (secretValues ??= new SecretValues(config.SECRETS_MAX_AGE_SECONDS, undefined, (arn, error) =>
    logger.warn('secret could not be refreshed; using the value read before', { arn, error: error as Error }),
  ));
}

/** The channel secrets from CHANNEL_SECRETS_ARN, re-read at most every SECRETS_MAX_AGE_SECONDS; none without it. */
export function channelSecrets(config: Config): (() => Promise<ChannelSecrets>) | undefined {
  return config.CHANNEL_SECRETS_ARN ? channelSecretSource(config.CHANNEL_SECRETS_ARN, secrets(config)) : undefined;
}

/** Keys from the API-key secret in AWS (re-read likewise); plain FEEDBACK_API_KEYS (admin) for other setups. */
export function apiKeyRing(config: Config): KeyRing {
  return config.FEEDBACK_API_KEYS_SECRET_ARN ? secretKeyRing(config.FEEDBACK_API_KEYS_SECRET_ARN, secrets(config)) : staticKeyRing(configuredKeys(config.FEEDBACK_API_KEYS));
}

export function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
