import type { Customer, IdentityChange } from '../model.ts';

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

/** The profile's change history with `change` appended: the latest kept, the older counted. */
export function withIdentityChange(customer: Pick<Customer, 'identityChanges' | 'olderIdentityChanges'>, change: IdentityChange): Required<Pick<Customer, 'identityChanges' | 'olderIdentityChanges'>> {
  const all = [...(customer.identityChanges ?? []), change];
  const dropped = Math.max(0, all.length - IDENTITY_CHANGES_KEPT);
  return { identityChanges: all.slice(dropped), olderIdentityChanges: (customer.olderIdentityChanges ?? 0) + dropped };
}

/** Whether a customer holding `held` may hold `more` identities besides (counted once each). */
export function roomFor(held: readonly string[], more: readonly string[]): boolean {
  return new Set([...held, ...more]).size <= MAX_IDENTITIES;
}
