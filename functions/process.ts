// First: the schemas the other imports build take zod's setting when they are built.
import '../shared/runtime/zod-jitless.ts';
import type { Context, SQSEvent } from 'aws-lambda';
import { createLocalClassifier, loadTaxonomy } from '../shared/classify/index.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger, metrics } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';
import { batchObserver } from '../shared/runtime/batch-observer.ts';
import { createBatchHandler } from '../shared/runtime/batch.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';

const config = await loadAwsConfig();
const taxonomy = loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE);
// Comprehend's client is imported only where it is configured: the local classifier (the default) never loads it.
const classifier =
  config.CLASSIFIER === 'comprehend'
    ? (await import('../shared/adapters/aws/comprehend-classifier.ts')).createComprehendClassifier({ taxonomy })
    : createLocalClassifier({ taxonomy });
const processEvent = createEventProcessor({
  store: dynamoStore(config),
  classifier,
  clock: systemClock,
  timeZone: config.REPORT_TIME_ZONE,
});
const handleBatch = createBatchHandler(processEvent, batchObserver(logger, metrics));

/** SQS → classify, resolve, commit; failed records are reported back alone (partial batch response). */
export async function handler(event: SQSEvent, context: Context) {
  logger.addContext(context);
  try {
    return await handleBatch(event.Records);
  } finally {
    metrics.publishStoredMetrics();
  }
}
