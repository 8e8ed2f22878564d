import type { Customer, IdentityChange } from '../model.ts';
import type { AddIdentityOutcome, IdentityChangeRequest } from '../ports.ts';

export type AddDecision = Exclude<AddIdentityOutcome, { customer: Customer } | { status: 'not_found' }> | { status: 'added' } | { status: 'verified' } | { status: 'unchanged' };

/**
 * Kinds a person holds one of: a WeChat unionid is the person across every app of one developer
 * account, so a second one is somebody else. A customer may hold several emails, phones, openids
 * (one per app) and shop account ids.
 */
const ONE_PER_CUSTOMER = new Set(['wechatunion']);

const kindOf = (identity: string) => identity.slice(0, identity.indexOf(':'));

/**
 * What adding `identity` to `customer` does, given who the identity leads to now (`owner`). Both
 * stores decide with this and write the outcome in one guarded step, so the decision holds.
 */
export function decideAdd(customer: Customer, owner: string | undefined, identity: string): AddDecision {
  if (owner !== undefined && owner !== customer.customerId) return { status: 'taken', ownerId: owner };
  if (customer.verifiedIdentities?.includes(identity) && owner === customer.customerId) return { status: 'unchanged' };
  if (ONE_PER_CUSTOMER.has(kindOf(identity))) {
    const other = customer.verifiedIdentities?.find((held) => held !== identity && kindOf(held) === kindOf(identity));
    if (other) return { status: 'conflicting', identity: other };
  }
  return { status: owner === undefined ? 'added' : 'verified' };
}

/** What removing `identity` from `customer` does: the profile must list it, and a customer stays findable. */
export function decideRemove(customer: Customer, identity: string): { status: 'removed' } | { status: 'not_held' } | { status: 'last_identity' } {
  if (!customer.identities.includes(identity)) return { status: 'not_held' };
  if (customer.identities.length === 1 && kindOf(identity) !== 'form') return { status: 'last_identity' };
  return { status: 'removed' };
}

export function changeRecord(request: IdentityChangeRequest, change: IdentityChange['change']): IdentityChange {
  return { identity: request.identity, change, at: request.at, by: request.by, reason: request.reason };
}
