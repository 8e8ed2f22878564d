import { getConnInfo, handle } from 'hono/aws-lambda';
import { createIngestApp } from '../shared/ingest/app.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger, sqsQueue } from '../shared/runtime/aws.ts';

const config = await loadAwsConfig();
const app = createIngestApp({
  config,
  queue: sqsQueue(config),
  clock: systemClock,
  connInfo: getConnInfo,
  onError: (error) => logger.error('could not queue feedback', { error: error as Error }),
});

/** API Gateway HTTP API → channel plug-ins → SQS. */
export const handler = handle(app);
