import type { Counters, FeedbackRecord, FeedbackStatus } from '../model.ts';
import type { Clock, TimelineStore, WorkQueueStore } from '../ports.ts';
import { COUNTER, reportingDay } from './counters.ts';

/** Work moves forward only: open → acknowledged → resolved, or open → resolved directly. */
const NEXT: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  open: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  resolved: [],
};

export type StatusOutcome =
  | { status: 'changed' | 'unchanged'; record: FeedbackRecord }
  | { status: 'not_found' }
  | { status: 'invalid_transition'; from: FeedbackStatus }
  | { status: 'conflict' };

/**
 * Acknowledges or resolves an item. The time from receipt to the change is added to the day's
 * response-time counters, so digests report response times without reading items.
 */
export async function changeFeedbackStatus(
  dependencies: { store: TimelineStore & WorkQueueStore; clock: Clock; timeZone: string },
  feedbackId: string,
  to: FeedbackStatus,
): Promise<StatusOutcome> {
  // A concurrent change moved the item: decide again from where it is now.
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await changeOnce(dependencies, feedbackId, to);
    if (outcome.status !== 'conflict' || attempt >= MAX_ATTEMPTS) return outcome;
  }
}

const MAX_ATTEMPTS = 3;

async function changeOnce(
  { store, clock, timeZone }: { store: TimelineStore & WorkQueueStore; clock: Clock; timeZone: string },
  feedbackId: string,
  to: FeedbackStatus,
): Promise<StatusOutcome> {
  const record = await store.getFeedback(feedbackId);
  if (!record) return { status: 'not_found' };
  if (record.status === to) return { status: 'unchanged', record };
  if (!NEXT[record.status].includes(to)) return { status: 'invalid_transition', from: record.status };

  const at = clock.now();
  const seconds = Math.max(0, Math.round((at.getTime() - Date.parse(record.receivedAt)) / 1000));
  const aggregateDeltas: Counters =
    to === 'acknowledged'
      ? { [COUNTER.acknowledgedCount]: 1, [COUNTER.acknowledgedSeconds]: seconds }
      : { [COUNTER.resolvedCount]: 1, [COUNTER.resolvedSeconds]: seconds };
  const customerDeltas: Counters = to === 'resolved' && record.classification.intent === 'complaint' ? { 'complaints.open': -1 } : {};
  const changed = await store.changeStatus({
    feedbackId,
    from: record.status,
    to,
    at: at.toISOString(),
    day: reportingDay(at, timeZone),
    aggregateDeltas,
    customerDeltas,
  });
  if (changed === undefined) return { status: 'not_found' };
  if (changed === 'conflict') return { status: 'conflict' };
  return { status: 'changed', record: changed };
}
