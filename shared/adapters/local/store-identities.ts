import type { Customer } from '../../model.ts';
import { CustomerMergedError, type AddIdentityOutcome, type IdentityChangeRequest, type RemoveIdentityOutcome } from '../../ports.ts';
import { changeRecord, decideAdd, decideRemove } from '../../identity/identity-changes.ts';
import { withIdentityChanges } from '../../identity/bounds.ts';
import { finishErasures } from './store-erasure.ts';
import type { Op } from './store-ops.ts';
import type { LocalState } from './store-state.ts';
import { clone, profileAsRead, union } from './store-values.ts';

/** Identities and the customers they lead to: claims, profiles, and the changes a person makes to them. */

export async function getIdentityOwner(state: LocalState, identity: string) {
  return state.durable(state.identities.get(identity));
}

export async function claimIdentity(state: LocalState, identity: string, customerId: string, verified = false) {
  if (state.erasedCustomers.has(customerId)) return state.durable(undefined);
  const owner = state.identities.get(identity);
  if (owner && !state.erasedCustomers.has(owner)) return state.durable(owner);
  await state.record({ op: 'identity', identity, customerId, ...(verified ? { verified } : {}) });
  return customerId;
}

export async function withdrawClaims(state: LocalState, identities: string[], erasedCustomerId: string) {
  const held = identities.filter((identity) => state.identities.get(identity) === erasedCustomerId);
  if (held.length && state.erasedCustomers.has(erasedCustomerId)) await state.record({ op: 'withdrawClaims', identities: held, customerId: erasedCustomerId });
  else await state.durable(undefined);
  // As an erasure does (the journal would keep the identities it takes back, and who they led
  // to), and a retry after that was cut short finishes it.
  finishErasures(state);
}

export async function pointIdentity(state: LocalState, identity: string, customerId: string, verified = false) {
  if (!state.erasedCustomers.has(customerId) && (state.identities.get(identity) !== customerId || state.verifiedClaims.has(identity) !== verified)) await state.record({ op: 'identity', identity, customerId, ...(verified ? { verified } : {}) });
  else await state.durable(undefined);
}

export async function isClaimedVerified(state: LocalState, identity: string, customerId: string) {
  return state.durable(state.identities.get(identity) === customerId && state.verifiedClaims.has(identity));
}

export async function getCustomer(state: LocalState, customerId: string) {
  return state.durable(profileAsRead(state.customers.get(customerId)));
}

export async function createCustomer(state: LocalState, customer: Customer) {
  if (state.customers.has(customer.customerId) || state.erasedCustomers.has(customer.customerId)) return state.durable(false);
  await state.record({ op: 'customer', customer });
  return true;
}

export async function addIdentity(state: LocalState, request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
  const customer = state.customers.get(request.customerId);
  if (!customer) return state.durable({ status: 'not_found' });
  if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
  const decision = decideAdd(customer, state.identities.get(request.identity), request.identity);
  if (decision.status === 'added' || decision.status === 'verified') await state.record({ op: 'identityChange', customerId: customer.customerId, change: changeRecord(request, decision.status) });
  return state.durable(decision.status === 'added' || decision.status === 'verified' || decision.status === 'unchanged' ? { status: decision.status, customer: profileAsRead(state.customers.get(request.customerId))! } : decision);
}

export async function removeIdentity(state: LocalState, request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
  const customer = state.customers.get(request.customerId);
  if (!customer) return state.durable({ status: 'not_found' });
  if (customer.mergedInto) throw new CustomerMergedError(customer.customerId);
  // Decided and applied with no await between: no other change comes in between.
  const decision = decideRemove(customer, request.identity, (id) => state.merges.filter((merge) => merge.survivorId === id && !merge.undoneAt));
  if (decision.status !== 'removed') return state.durable(decision);
  await state.record({ op: 'identityChange', customerId: customer.customerId, change: changeRecord(request, 'removed') });
  return state.durable({ status: 'removed' as const, customer: profileAsRead(state.customers.get(request.customerId))! });
}

export async function releaseIdentity(state: LocalState, identity: string, customerId: string) {
  if (state.customers.get(customerId)?.identities.includes(identity)) await state.record({ op: 'release', identity, customerId });
  else await state.durable(undefined);
}

export async function formerHoldersOf(state: LocalState, identity: string) {
  return state.durable([...(state.formerHolders.get(identity) ?? [])]);
}

export function applyClaim(state: LocalState, { identity, customerId, verified }: Extract<Op, { op: 'identity' }>): void {
  state.identities.set(identity, customerId);
  if (verified) state.verifiedClaims.add(identity);
  else state.verifiedClaims.delete(identity);
}

export function applyNewCustomer(state: LocalState, { customer }: Extract<Op, { op: 'customer' }>): void {
  state.customers.set(customer.customerId, clone(customer)!);
}

export function applyWithdrawnClaims(state: LocalState, { identities, customerId }: Extract<Op, { op: 'withdrawClaims' }>): void {
  if (!state.unfinishedErasures.has(customerId)) state.unfinishedErasures.set(customerId, undefined);
  for (const identity of identities) {
    if (state.identities.get(identity) !== customerId) continue;
    state.identities.delete(identity);
    state.verifiedClaims.delete(identity);
  }
}

export function applyRelease(state: LocalState, { identity, customerId }: Extract<Op, { op: 'release' }>): void {
  const customer = state.customers.get(customerId)!;
  customer.identities = customer.identities.filter((i) => i !== identity);
  if (customer.verifiedIdentities) customer.verifiedIdentities = customer.verifiedIdentities.filter((i) => i !== identity);
}

export function applyIdentityChange(state: LocalState, { customerId, change }: Extract<Op, { op: 'identityChange' }>): void {
  const customer = state.customers.get(customerId)!;
  const { identity } = change;
  if (change.change === 'removed') {
    state.rememberFormerHolder(identity, customerId);
    if (state.identities.get(identity) === customerId) {
      state.identities.delete(identity);
      state.verifiedClaims.delete(identity);
    }
    customer.identities = customer.identities.filter((i) => i !== identity);
    const verified = (customer.verifiedIdentities ?? []).filter((i) => i !== identity);
    if (verified.length) customer.verifiedIdentities = verified;
    else delete customer.verifiedIdentities;
  } else {
    state.identities.set(identity, customerId);
    state.verifiedClaims.add(identity);
    customer.identities = union(customer.identities, [identity]);
    customer.verifiedIdentities = union(customer.verifiedIdentities ?? [], [identity]);
  }
  Object.assign(customer, withIdentityChanges(customer, [change]));
}
