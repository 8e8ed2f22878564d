import type { ClassifierInput } from '../classify/types.ts';
import type { Customer, FeedbackRecord } from '../model.ts';
import type { Store } from '../ports.ts';
import { allItems } from './all-items.ts';

/** How far back history-based urgency looks: the customer's latest items before this one. */
export const HISTORY_ITEMS = 50;

export type ComplaintHistory = NonNullable<ClassifierInput['history']>;

/**
 * The customer's complaint history as it stood when the item was received: complaints received
 * before it, and those of them not resolved by then. Reading the timeline before `receivedAt`
 * (a bounded read) keeps a backfilled or late item from counting complaints that came after it.
 */
export async function historyBefore(store: Store, customer: Customer, receivedAt: string): Promise<ComplaintHistory> {
  // A customer who never complained has no history to read.
  if ((customer.counts.complaints ?? 0) === 0) return { recentComplaints: 0, unresolvedComplaints: 0 };
  const items = await allItems(store, customer.customerId, { receivedBefore: receivedAt, upTo: HISTORY_ITEMS });
  return complaintHistory(items, receivedAt);
}

/** The history `items` (the latest received before `receivedAt`, newest first) make for an item received then. */
export function complaintHistory(items: readonly FeedbackRecord[], receivedAt: string): ComplaintHistory {
  const complaints = items.filter((item) => item.kind === 'message' && item.classification.intent === 'complaint');
  return {
    recentComplaints: complaints.length,
    unresolvedComplaints: complaints.filter((item) => !resolvedBy(item, receivedAt)).length,
  };
}

function resolvedBy(item: FeedbackRecord, instant: string): boolean {
  return item.resolvedAt !== undefined && item.resolvedAt <= instant;
}
