import type { Customer, IdentityChange, MergeRecord } from '../model.ts';

/**
 * DynamoDB refuses an item over 400 KB, and the local store has no such limit: what grows with
 * use is bounded here so that both stores refuse, or keep, the same things.
 *
 * Identities per customer: each is up to 260 bytes (a 254-character email and its kind) and is
 * kept twice on the profile (`identities`, `verifiedIdentities`) and up to four times on a merge
 * item (the absorbed side's two sets, the survivor's, `broughtBack`): 100 is ~104 KB at worst,
 * and far more than one person uses (emails, phones, an openid per WeChat app, shop accounts).
 * A person's add past it is refused (`too_many_identities`, nothing written); a merge past it is
 * not made but suggested; a message's new identity past it is kept on its item only.
 */
export const MAX_IDENTITIES = 100;

/**
 * Identity changes kept on the profile: an audit line is up to ~2 KB (the identity, a
 * 500-character reason of 3-byte characters, who, when), so 50 is ~100 KB at worst. Older ones
 * are counted (`olderIdentityChanges`): a change is never refused for its history's length.
 */
export const IDENTITY_CHANGES_KEPT = 50;

/** The profile's change history with `changes` appended: the latest kept, the older counted. */
export function withIdentityChanges(customer: Pick<Customer, 'identityChanges' | 'olderIdentityChanges'>, changes: readonly IdentityChange[]): Required<Pick<Customer, 'identityChanges' | 'olderIdentityChanges'>> {
  const all = [...(customer.identityChanges ?? []), ...changes];
  const dropped = Math.max(0, all.length - IDENTITY_CHANGES_KEPT);
  return { identityChanges: all.slice(dropped), olderIdentityChanges: (customer.olderIdentityChanges ?? 0) + dropped };
}

/** Whether a customer holding `held` may hold `more` identities besides (counted once each). */
export function roomFor(held: readonly string[], more: readonly string[]): boolean {
  return new Set([...held, ...more]).size <= MAX_IDENTITIES;
}

/**
 * Standing merges an item may have moved through: each is a merge id (~33 bytes) on the item's
 * `mergedVia`, the stack an undo pops. A customer's `mergeChain` bounds the longest such stack
 * among its items: one more than the deepest customer it absorbed in a merge that stands; a
 * merge that would pass it is not made but suggested, like one past the identities' bound.
 * Merged customers usually stand one merge deep.
 */
export const MAX_MERGE_CHAIN = 64;

/**
 * Partners a customer remembers being separated from (undone merges), ~31 bytes each on the
 * profile. Past it, a further separation is not remembered: an automatic merge of that pair is
 * possible again, and is recorded and undoable as any other.
 */
export const MAX_SEPARATIONS = 1000;

export type MergeRefusal = { status: 'too_many_identities'; limit: number } | { status: 'merge_chain_too_long'; limit: number };

type MergeParty = Pick<Customer, 'identities' | 'mergeChain'>;

/** Why `absorbed` may not be merged into `survivor` as things stand; undefined when it may. */
export function mergeRefusal(survivor: MergeParty, absorbed: MergeParty): MergeRefusal | undefined {
  if (!roomFor(survivor.identities, absorbed.identities)) return { status: 'too_many_identities', limit: MAX_IDENTITIES };
  if ((absorbed.mergeChain ?? 0) >= MAX_MERGE_CHAIN) return { status: 'merge_chain_too_long', limit: MAX_MERGE_CHAIN };
  return undefined;
}

/** Whether every one of `customers` but the survivor may be merged into it as far as merge chains go. */
export function chainsFit(customers: readonly (MergeParty & Pick<Customer, 'customerId'>)[], survivorId: string): boolean {
  return customers.every((customer) => customer.customerId === survivorId || (customer.mergeChain ?? 0) < MAX_MERGE_CHAIN);
}

/** The survivor's `mergeChain` once `absorbed` is merged into it. */
export function mergeChainAfter(survivor: MergeParty, absorbed: MergeParty): number {
  return Math.max(survivor.mergeChain ?? 0, (absorbed.mergeChain ?? 0) + 1);
}

/** The survivor's `mergeChain` once a merge into it is undone: from the merges into it that still stand. */
export function mergeChainAfterUndo(survivorId: string, merges: readonly MergeRecord[], undoneId: string): number {
  let chain = 0;
  for (const merge of merges) {
    if (merge.survivorId === survivorId && merge.mergeId !== undoneId && !merge.undoneAt) chain = Math.max(chain, (merge.absorbedMergeChain ?? 0) + 1);
  }
  return chain;
}

/** Whether an undo records `partner` among the separations of a customer already separated from `separatedFrom`. */
export function remembersSeparation(separatedFrom: readonly string[] | undefined, partner: string): boolean {
  return (separatedFrom?.length ?? 0) < MAX_SEPARATIONS && !separatedFrom?.includes(partner);
}
