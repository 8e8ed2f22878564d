import { timelineKey } from '../timeline/timeline-key.ts';
import type { FeedbackRecord, FeedbackStatus } from '../model.ts';
import type { AggregateStore, ReceivedRange } from '../ports.ts';
import { secondsBetween } from './customers-at-risk.ts';
import { maskedExcerpt, maskedStoredName } from './mask.ts';
import type { UrgentItem } from './types.ts';

export const URGENT_LISTED = 10;
const EXCERPT_CHARACTERS = 120;

/**
 * Statuses of an urgent item nobody has in hand: a reopened complaint is open again (the work
 * queue lists it beside the open ones); an acknowledged one has someone on it.
 */
const STILL_OPEN: readonly FeedbackStatus[] = ['open', 'reopened'];

/**
 * Urgent items received in the period that nobody has in hand, the newest listed: the digest's
 * call to act; and the one of them all that has waited longest, listed or not.
 */
export async function openUrgentItems(
  store: AggregateStore,
  received: ReceivedRange,
  now: Date,
): Promise<{ open: UrgentItem[]; moreOpen: boolean; oldest?: UrgentItem }> {
  // The urgent index is kept by status: the newest of each, one more than shown, hold the newest
  // of all and tell whether there are more without counting them all.
  const lists = await Promise.all(STILL_OPEN.map((status) => store.listUrgent(status, received, URGENT_LISTED + 1)));
  const newest = lists.flat().sort(newestFirst);
  const listed = newest.slice(0, URGENT_LISTED);
  const moreOpen = newest.length > URGENT_LISTED;
  // With more open than listed, the oldest is past the list: each status's oldest end holds it.
  const oldestEnds = moreOpen ? await Promise.all(STILL_OPEN.map((status) => store.listUrgent(status, received, 1, 'oldest'))) : [];
  const oldest = [...listed, ...oldestEnds.flat()].sort(newestFirst).at(-1);
  return {
    open: listed.map((record) => urgentItem(record, now)),
    moreOpen,
    ...(oldest ? { oldest: urgentItem(oldest, now) } : {}),
  };
}

function urgentItem(record: FeedbackRecord, now: Date): UrgentItem {
  return {
    feedbackId: record.feedbackId,
    customerId: record.customerId,
    ...nameOf(record.displayName),
    channel: record.channel,
    receivedAt: record.receivedAt,
    openSeconds: secondsBetween(record.receivedAt, now),
    complaintTypes: record.classification.complaintTypes.map((entry) => entry.type),
    ...(record.classification.urgentReason ? { reason: record.classification.urgentReason } : {}),
    excerpt: maskedExcerpt(record.subject ? `${record.subject} — ${record.text}` : record.text, EXCERPT_CHARACTERS),
  };
}

/** The urgent index's own order (`<receivedAt>#<id>`), descending. */
function newestFirst(a: FeedbackRecord, b: FeedbackRecord): number {
  const [first, second] = [timelineKey(a.receivedAt, a.feedbackId), timelineKey(b.receivedAt, b.feedbackId)];
  return first < second ? 1 : first > second ? -1 : 0;
}

function nameOf(stored: string | undefined): { customerName?: string } {
  const customerName = maskedStoredName(stored);
  return customerName ? { customerName } : {};
}
