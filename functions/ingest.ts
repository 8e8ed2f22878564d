// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
import { getConnInfo } from 'hono/aws-lambda';
import { createIngestApp } from '../shared/ingest/app.ts';
import { systemClock } from '../shared/ports.ts';
import { channelSecrets, loadAwsConfig, logger } from '../shared/runtime/aws.ts';
import { sqsQueue } from '../shared/runtime/aws-queue.ts';
import { dynamoSignatureLedger } from '../shared/runtime/aws-signature-ledger.ts';
import { lambdaHttpHandler, lambdaRequestTarget } from '../shared/runtime/lambda-http.ts';

const config = await loadAwsConfig();
const app = createIngestApp({
  config,
  queue: sqsQueue(config),
  clock: systemClock,
  signatureUses: dynamoSignatureLedger(config),
  connInfo: getConnInfo,
  requestTarget: lambdaRequestTarget,
  channelSecrets: channelSecrets(config),
  onError: (error) => logger.error('webhook could not be handled (queue, secrets or signature ledger)', { error: error as Error }),
});

/** API Gateway HTTP API → channel plug-ins (replays checked against the table) → SQS. */
export const handler = lambdaHttpHandler(app);
