import type { Customer, FeedbackRecord } from '../model.ts';
import type { IdentityStore, TimelineStore } from '../ports.ts';
import { allItems, itemsAsCounted } from '../timeline/all-items.ts';
import { replayRisk } from '../timeline/risk.ts';
import type { ProfileName } from './display-name.ts';

/** The survivor's name once a merge is derived: as the merge made it, unless the caller derives it from the messages. */
export type NameAfterMerge = (current: Customer, items: FeedbackRecord[]) => Promise<ProfileName>;

/**
 * Once a merge has moved the items, the two histories are one person's: the survivor's
 * trailing-week negatives, at-risk flag and entries are derived again from both sides' messages,
 * as if they had always been one customer's, and the absorbed customer keeps no entries of its
 * own (an undo derives each side's again from its own messages).
 */
export async function reviseMergedRisk(store: IdentityStore & TimelineStore, survivorId: string, absorbedId: string, nameAfter: NameAfterMerge = async (current) => nameOf(current)): Promise<void> {
  const days = await deriveRiskAgain(store, survivorId, nameAfter);
  if (days) await store.reviseDerived(absorbedId, days, async (current) => ({ entries: [], ...nameOf(current) }));
}

/**
 * The customer's trailing-week negatives, at-risk flag and entries derived again from the messages
 * its profile counts, and its name by `nameAfter`. Answers the days of its negative messages,
 * undefined when the customer is gone.
 */
export async function deriveRiskAgain(store: IdentityStore & TimelineStore, customerId: string, nameAfter: NameAfterMerge): Promise<string[] | undefined> {
  const customer = await store.getCustomer(customerId);
  if (!customer) return undefined;
  const days = [...new Set((await listedAsCounted(store, customer)).filter((item) => item.classification.sentiment.label === 'negative').map((item) => item.day))];
  await store.reviseDerived(customerId, days, async (current) => {
    const items = await listedAsCounted(store, current);
    return { ...replayRisk(customerId, items), ...(await nameAfter(current, items)) };
  });
  return days;
}

/** The name stays as the merge made it: only the risk is derived again. */
function nameOf({ displayName, displayNameClaimed }: Customer): ProfileName {
  return { ...(displayName ? { displayName } : {}), ...(displayNameClaimed ? { displayNameClaimed } : {}) };
}

/** The customer's whole timeline, once the index lists as many items as its profile counts. */
export function listedAsCounted(store: TimelineStore, customer: Customer): Promise<FeedbackRecord[]> {
  return itemsAsCounted(customer, () => allItems(store, customer.customerId));
}
