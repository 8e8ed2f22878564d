import type { AggregateStore, ReceivedRange } from '../ports.ts';
import { secondsBetween } from './customers-at-risk.ts';
import { maskedExcerpt, maskedStoredName } from './mask.ts';
import type { UrgentItem } from './types.ts';

export const URGENT_LISTED = 10;
const EXCERPT_CHARACTERS = 120;

/** Urgent items received in the period that nobody has acknowledged yet: the digest's call to act. */
export async function openUrgentItems(store: AggregateStore, received: ReceivedRange, now: Date): Promise<{ open: UrgentItem[]; moreOpen: boolean }> {
  // One more than shown tells whether there are more without counting them all.
  const records = await store.listUrgent('open', received, URGENT_LISTED + 1);
  return {
    open: records.slice(0, URGENT_LISTED).map((record) => ({
      feedbackId: record.feedbackId,
      customerId: record.customerId,
      ...nameOf(record.displayName),
      channel: record.channel,
      receivedAt: record.receivedAt,
      openSeconds: secondsBetween(record.receivedAt, now),
      complaintTypes: record.classification.complaintTypes.map((entry) => entry.type),
      ...(record.classification.urgentReason ? { reason: record.classification.urgentReason } : {}),
      excerpt: maskedExcerpt(record.subject ? `${record.subject} — ${record.text}` : record.text, EXCERPT_CHARACTERS),
    })),
    moreOpen: records.length > URGENT_LISTED,
  };
}

function nameOf(stored: string | undefined): { customerName?: string } {
  const customerName = maskedStoredName(stored);
  return customerName ? { customerName } : {};
}
