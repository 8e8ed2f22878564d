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
  const steps = await pendingSteps(store, merges, customer);
  const pendingWork = merges.flatMap((m) => {
    const step = steps.get(m.mergeId);
    return step ? [{ mergeId: m.mergeId, customerId: m.survivorId === customer.customerId ? m.absorbedId : m.survivorId, step }] : [];
  });
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
    ...(pendingWork.length ? { pendingWork } : {}),
  };
}

/** The step of a merge still under way: its items still moving to the survivor (`merge`), or, undone, back (`undo`). */
export type PendingStep = 'merge' | 'undo';

/**
 * Which of `merges` a request cut short left under way, by merge id: a merge or an undo takes its
 * atomic step first and moves items after it, so until its survivor's mark (`pendingMerges`,
 * `pendingUndos`) is cleared, a timeline lacks items it will have. The survivors' profiles are
 * read where they are not `known`.
 */
export async function pendingSteps(store: IdentityStore, merges: MergeRecord[], ...known: Customer[]): Promise<Map<string, PendingStep>> {
  const survivors = new Map(known.map((customer) => [customer.customerId, customer]));
  const unread = [...new Set(merges.map((m) => m.survivorId))].filter((customerId) => !survivors.has(customerId));
  for (const survivor of await Promise.all(unread.map((customerId) => store.getCustomer(customerId)))) {
    if (survivor) survivors.set(survivor.customerId, survivor);
  }
  const steps = new Map<string, PendingStep>();
  for (const merge of merges) {
    const survivor = survivors.get(merge.survivorId);
    if (survivor?.pendingUndos?.includes(merge.mergeId)) steps.set(merge.mergeId, 'undo');
    // The mark names the absorbed customer: the pair's merge that stands is the one under way.
    else if (!merge.undoneAt && survivor?.pendingMerges?.includes(merge.absorbedId)) steps.set(merge.mergeId, 'merge');
  }
  return steps;
}

/** A merge as the API shows it: what was joined, by whom, why, whether it was undone, and whether that is still under way. */
export function toMergeView(merge: MergeRecord, pending?: PendingStep) {
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
    ...(pending ? { pending } : {}),
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
