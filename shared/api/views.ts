import { shownName } from '../identity/display-name.ts';
import type { Customer, FeedbackRecord, MergeRecord } from '../model.ts';
import type { IdentityStore } from '../ports.ts';

/** The public shape of a customer: counts grouped, merge history included for audit and undo. */
export async function toCustomerView(store: IdentityStore, customer: Customer) {
  const byChannel: Record<string, number> = {};
  const bySentiment: Record<string, number> = {};
  for (const [name, value] of Object.entries(customer.counts)) {
    // An undone merge takes its counts back by subtraction: a channel the customer never used is 0, not there.
    if (value === 0) continue;
    if (name.startsWith('channel.')) byChannel[name.slice(8)] = value;
    if (name.startsWith('sentiment.')) bySentiment[name.slice(10)] = value;
  }
  const merges = await store.listMerges(customer.customerId);
  const displayName = shownName(customer.displayName);
  return {
    customerId: customer.customerId,
    identities: [...customer.identities].sort(),
    verifiedIdentities: [...(customer.verifiedIdentities ?? [])].sort(),
    ...(displayName ? { displayName } : {}),
    ...(displayName && customer.displayNameClaimed ? { displayNameClaimed: true as const } : {}),
    firstSeen: customer.firstSeen,
    lastSeen: customer.lastSeen,
    counts: { total: customer.counts.total ?? 0, byChannel, bySentiment, complaints: customer.counts.complaints ?? 0, openComplaints: customer.counts['complaints.open'] ?? 0 },
    risk: { negativeDays: customer.negativeDays ?? {}, ...(customer.atRisk ? { atRisk: customer.atRisk } : {}) },
    identityChanges: customer.identityChanges ?? [],
    ...(customer.olderIdentityChanges ? { olderIdentityChanges: customer.olderIdentityChanges } : {}),
    mergedFrom: merges
      .filter((m) => m.survivorId === customer.customerId && !m.undoneAt)
      .map((m) => ({
        mergeId: m.mergeId,
        customerId: m.absorbedId,
        mergedAt: m.mergedAt,
        by: m.by,
        reason: m.reason,
        ...(m.causeFeedbackId ? { causeFeedbackId: m.causeFeedbackId } : {}),
        identities: m.absorbedIdentities,
      })),
  };
}

/** A merge as the API shows it: what was joined, by whom, why, and whether it was undone. */
export function toMergeView(merge: MergeRecord) {
  return {
    mergeId: merge.mergeId,
    survivorId: merge.survivorId,
    absorbedId: merge.absorbedId,
    mergedAt: merge.mergedAt,
    by: merge.by,
    reason: merge.reason,
    ...(merge.causeFeedbackId ? { causeFeedbackId: merge.causeFeedbackId } : {}),
    absorbedIdentities: merge.absorbedIdentities,
    ...(merge.undoneAt ? { undoneAt: merge.undoneAt, undoneBy: merge.undoneBy } : {}),
  };
}

/** An item as the API answers it: its sender's name as it may be shown (`shownName`). */
export function toItemView(record: FeedbackRecord): FeedbackRecord {
  if (record.displayName === undefined) return record;
  const { displayName: stored, ...rest } = record;
  const displayName = shownName(stored);
  return displayName ? { ...rest, displayName } : rest;
}

/** A page of items as the API answers it. */
export function toItemPage<P extends { items: FeedbackRecord[] }>(page: P): P {
  return { ...page, items: page.items.map(toItemView) };
}
