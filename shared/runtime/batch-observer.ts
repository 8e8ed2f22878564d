import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { BatchObserver } from './batch.ts';

/**
 * The logging (and, in AWS, CloudWatch metrics) of the batch path, the same for Lambda and local
 * mode. A processed message is logged at debug: the metrics count them, and a JSON line per
 * message was a measurable share of the processor's CPU (`npm run bench -- aws`).
 */
export function batchObserver(logger: Logger, metrics?: Metrics): BatchObserver {
  return {
    processed(messageId, outcome) {
      logger.debug('processed', { messageId, ...outcome });
      if (!metrics) return;
      metrics.addMetric(outcome.status === 'written' ? 'FeedbackWritten' : 'DuplicateDelivery', MetricUnit.Count, 1);
      if (outcome.status === 'written' && outcome.merged.length) metrics.addMetric('CustomersMerged', MetricUnit.Count, outcome.merged.length);
    },
    failed(messageId, error) {
      logger.error('processing failed; the message will be retried', { messageId, error: error as Error });
    },
  };
}
