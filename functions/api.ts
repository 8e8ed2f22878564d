import { handle } from 'hono/aws-lambda';
import { createApiApp } from '../shared/api/app.ts';
import { apiKeyHashes, loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';

const config = await loadAwsConfig();
const app = createApiApp({
  config,
  store: dynamoStore(config),
  apiKeyHashes: await apiKeyHashes(config),
  onError: (error) => logger.error('API request failed', { error: error as Error }),
});

/** API Gateway HTTP API → timeline API on DynamoDB. */
export const handler = handle(app);
