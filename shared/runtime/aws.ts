import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { loadSecretsIntoEnv, secretKeyRing } from '../adapters/aws/secrets.ts';
import { SqsEventQueue } from '../adapters/aws/sqs-queue.ts';
import { configuredKeys, staticKeyRing, type KeyRing } from '../keys/keys.ts';
import { loadConfig, type Config } from '../config.ts';

/** Structured JSON logs and CloudWatch metrics, one instance per container. */
export const logger = new Logger();
// Pure: only the processor publishes metrics, so the other bundles drop the Metrics class (~13 KB).
export const metrics = /* @__PURE__ */ new Metrics();

/** Configuration at cold start: channel secrets from Secrets Manager, then the env schema. */
export async function loadAwsConfig(): Promise<Config> {
  await loadSecretsIntoEnv(process.env);
  const config = loadConfig(process.env);
  logger.setLogLevel(config.LOG_LEVEL === 'SILENT' ? 'SILENT' : config.LOG_LEVEL);
  return config;
}

export function sqsQueue(config: Config): SqsEventQueue {
  return new SqsEventQueue({ queueUrl: required(config.QUEUE_URL, 'QUEUE_URL') });
}

/** Keys from the API-key secret in AWS; plain FEEDBACK_API_KEYS (admin) for other setups. */
export function apiKeyRing(config: Config): KeyRing {
  return process.env.FEEDBACK_API_KEYS_SECRET_ARN ? secretKeyRing(process.env) : staticKeyRing(configuredKeys(config.FEEDBACK_API_KEYS));
}

export function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
