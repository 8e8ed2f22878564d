// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
import { createApiApp } from '../shared/api/app.ts';
import { apiKeyRing, loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';
import { lambdaHttpHandler } from '../shared/runtime/lambda-http.ts';

const config = await loadAwsConfig();
const app = createApiApp({
  config,
  store: dynamoStore(config),
  keyRing: apiKeyRing(config),
  onError: (error) => logger.error('API request failed', { error: error as Error }),
});

/** API Gateway HTTP API → timeline API on DynamoDB (the console and API reference: functions/web.ts). */
export const handler = lambdaHttpHandler(app);
