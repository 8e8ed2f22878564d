import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { sweepPendingWork, WORK_SETTLES_AFTER_MS } from '../shared/identity/pending-sweep.ts';
import { systemClock } from '../shared/ports.ts';
import { loadAwsConfig, logger, metrics } from '../shared/runtime/aws.ts';
import { dynamoStore } from '../shared/runtime/aws-store.ts';

const config = await loadAwsConfig();
const store = dynamoStore(config);

/**
 * No customer's work is started with less time left than this: one large merge's items take a
 * while. Work cut short by the timeout anyway stays under way, resumable, for the next run.
 */
const TIME_KEPT_BACK_MS = 60_000;

/**
 * Schedule → finish the merges and undos requests cut short left under way (identity/pending-sweep.ts),
 * those marked at least WORK_SETTLES_AFTER_MS ago, for as long as the invocation has time; the
 * next run goes on where this one stopped. A customer whose work failed is logged and the
 * invocation fails after the others are done, so the function's error alarm tells someone.
 */
export async function handler(_event: unknown, context: Context) {
  logger.addContext(context);
  try {
    const outcome = await sweepPendingWork(store, {
      markedBefore: new Date(systemClock.now().getTime() - WORK_SETTLES_AFTER_MS).toISOString(),
      hasTimeLeft: () => context.getRemainingTimeInMillis() > TIME_KEPT_BACK_MS,
    });
    metrics.addMetric('PendingWorkFinished', MetricUnit.Count, outcome.finished.length);
    metrics.addMetric('PendingWorkFailed', MetricUnit.Count, outcome.failed.length);
    metrics.addMetric('PendingWorkUnfinished', MetricUnit.Count, outcome.unfinished.length);
    for (const { customerId, error } of outcome.failed) logger.error('work under way not finished; the next run tries again', { customerId, error: error as Error });
    if (outcome.unfinished.length) logger.warn('work under way left waiting on other work; the next run goes on', { unfinishedCustomers: outcome.unfinished });
    const summary = { finished: outcome.finished.length, recent: outcome.recent.length, failed: outcome.failed.length, unfinished: outcome.unfinished.length, stoppedForTime: outcome.stoppedForTime };
    logger.info('pending work swept', { ...summary, finishedCustomers: outcome.finished });
    if (outcome.failed.length) throw new Error(`work under way could not be finished on ${outcome.failed.length} customer(s); the next run tries again`);
    return summary;
  } finally {
    metrics.publishStoredMetrics();
  }
}
