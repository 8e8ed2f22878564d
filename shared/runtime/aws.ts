import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { loadApiKeyHashes, loadSecretsIntoEnv } from '../adapters/aws/secrets.ts';
import { SqsEventQueue } from '../adapters/aws/sqs-queue.ts';
import { sha256Hex } from '../api/auth.ts';
import { loadConfig, type Config } from '../config.ts';

/** Structured JSON logs and CloudWatch metrics, one instance per container. */
export const logger = new Logger();
export const metrics = new Metrics();

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

/** Hashes from the API-key secret in AWS; plain FEEDBACK_API_KEYS are hashed for other setups. */
export async function apiKeyHashes(config: Config): Promise<string[]> {
  return (await loadApiKeyHashes(process.env)) ?? config.FEEDBACK_API_KEYS.map(sha256Hex);
}

export function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
