import type { Customer, FeedbackRecord } from '../model.ts';
import type { IdentityStore, TimelineStore } from '../ports.ts';
import { allItems, itemsAsCounted } from '../timeline/all-items.ts';
import { replayRisk } from '../timeline/risk.ts';
import type { ProfileName } from './display-name.ts';

/**
 * Once a merge has moved the items, the two histories are one person's: the survivor's
 * trailing-week negatives, at-risk flag and entries are derived again from both sides' messages,
 * as if they had always been one customer's, and the absorbed customer keeps no entries of its
 * own (an undo derives each side's again from its own messages).
 */
export async function reviseMergedRisk(store: IdentityStore & TimelineStore, survivorId: string, absorbedId: string): Promise<void> {
  const survivor = await store.getCustomer(survivorId);
  if (!survivor) return;
  const days = new Set((await listedAsCounted(store, survivor)).filter((item) => item.classification.sentiment.label === 'negative').map((item) => item.day));
  await store.reviseDerived(survivorId, [...days], async (current) => ({ ...replayRisk(survivorId, await listedAsCounted(store, current)), ...nameOf(current) }));
  await store.reviseDerived(absorbedId, [...days], async (current) => ({ entries: [], ...nameOf(current) }));
}

/** The name stays as the merge made it: only the risk is derived again. */
function nameOf({ displayName, displayNameClaimed }: Customer): ProfileName {
  return { ...(displayName ? { displayName } : {}), ...(displayNameClaimed ? { displayNameClaimed } : {}) };
}

/** The customer's whole timeline, once the index lists as many items as its profile counts. */
export function listedAsCounted(store: TimelineStore, customer: Customer): Promise<FeedbackRecord[]> {
  return itemsAsCounted(customer, () => allItems(store, customer.customerId));
}
