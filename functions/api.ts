// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { webRoutes } from '../shared/api/web.ts';
import { createApiApp } from '../shared/api/app.ts';
import { apiKeyRing, loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';
import { lambdaHttpHandler } from '../shared/runtime/lambda-http.ts';

const config = await loadAwsConfig();
const api = createApiApp({
  config,
  store: dynamoStore(config),
  keyRing: apiKeyRing(config),
  onError: (error) => logger.error('API request failed', { error: error as Error }),
});

// The console and API reference, copied beside the bundle at synth (infra/constructs/feedback-function.ts).
const app = new Hono().route('/', api).route('/', webRoutes(fileURLToPath(new URL('./web', import.meta.url))));

/** API Gateway HTTP API → timeline API on DynamoDB, console and API reference. */
export const handler = lambdaHttpHandler(app);
