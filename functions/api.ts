import { handle } from 'hono/aws-lambda';
import { createApiApp } from '../shared/api/app.ts';
import { apiKeyRing, dynamoStore, loadAwsConfig, logger } from '../shared/runtime/aws.ts';

const config = await loadAwsConfig();
const app = createApiApp({
  config,
  store: dynamoStore(config),
  keyRing: apiKeyRing(config),
  onError: (error) => logger.error('API request failed', { error: error as Error }),
});

/** API Gateway HTTP API → timeline API on DynamoDB. */
export const handler = handle(app);
