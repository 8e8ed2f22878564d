import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { createComprehendClassifier } from '../shared/adapters/aws/comprehend-classifier.ts';
import { createLocalClassifier, loadTaxonomy } from '../shared/classify/index.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger, metrics } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';

const config = await loadAwsConfig();
const taxonomy = loadTaxonomy(config.COMPLAINT_TAXONOMY_FILE);
const processEvent = createEventProcessor({
  store: dynamoStore(config),
  classifier: config.CLASSIFIER === 'comprehend' ? createComprehendClassifier({ taxonomy }) : createLocalClassifier({ taxonomy }),
  clock: systemClock,
  timeZone: config.REPORT_TIME_ZONE,
});
const batch = new BatchProcessor(EventType.SQS);

async function processRecord(record: SQSRecord): Promise<void> {
  const outcome = await processEvent(JSON.parse(record.body));
  logger.info('processed', { messageId: record.messageId, ...outcome });
  metrics.addMetric(outcome.status === 'written' ? 'FeedbackWritten' : 'DuplicateDelivery', MetricUnit.Count, 1);
  if (outcome.status === 'written' && outcome.merged.length) metrics.addMetric('CustomersMerged', MetricUnit.Count, outcome.merged.length);
}

/** SQS → classify, resolve, commit; failed records are reported back alone (partial batch response). */
export async function handler(event: SQSEvent, context: Context) {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, processRecord, batch, { context });
  } finally {
    metrics.publishStoredMetrics();
  }
}
