import type { Customer, IdentityChange, MergeRecord } from '../model.ts';
import { CustomerMergedError, type AddIdentityOutcome, type IdentityChangeRequest, type IdentityStore, type RemoveIdentityOutcome } from '../ports.ts';
import { MAX_IDENTITIES, roomFor } from './bounds.ts';
import { canonical } from './merges.ts';

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
  if (owner === undefined && !roomFor(customer.identities, [identity])) return { status: 'too_many_identities', limit: MAX_IDENTITIES };
  return { status: owner === undefined ? 'added' : 'verified' };
}

/** The standing (not undone) merges whose survivor is `customerId`. */
export type StandingMergesInto = (customerId: string) => readonly MergeRecord[];

/**
 * What removing `identity` from `customer` does: the profile must list it, and a customer stays
 * findable. A merged customer is several that an undo separates again, each with the identities
 * it brought: the last of any of them stays too, or that customer would come back from the undo
 * with none, found by nothing. Both stores decide with this in the same guarded step as the
 * removal, so that two removals at once cannot both take a customer's last two.
 */
export function decideRemove(customer: Customer, identity: string, mergesInto: StandingMergesInto): { status: 'removed' } | { status: 'not_held' } | { status: 'last_identity' } {
  if (!customer.identities.includes(identity)) return { status: 'not_held' };
  if (kindOf(identity) !== 'form' && separableParts(customer.customerId, customer.identities, mergesInto).some((part) => part.length === 1 && part[0] === identity)) {
    return { status: 'last_identity' };
  }
  return { status: 'removed' };
}

/**
 * The identities each customer merged into `customerId` (and into those, down the chain) takes
 * back when its merge is undone, and the ones `customerId` keeps: each holds only what the
 * customer holds now, since what was removed while merged goes back to nobody.
 */
function separableParts(customerId: string, holding: readonly string[], mergesInto: StandingMergesInto): string[][] {
  const merges = mergesInto(customerId);
  if (!merges.length) return [[...holding]];
  const brought = new Set(merges.flatMap((merge) => merge.absorbedIdentities));
  const absorbedParts = merges.flatMap((merge) => separableParts(merge.absorbedId, holding.filter((identity) => merge.absorbedIdentities.includes(identity)), mergesInto));
  return [holding.filter((identity) => !brought.has(identity)), ...absorbedParts];
}

/**
 * The standing merges into `customerId` and, down the chain, into each customer they absorbed, as
 * a lookup for `decideRemove`. Read after the customer: a merge or undo since bumps its revision,
 * which the removal's write is guarded on.
 */
export async function standingMergesBelow(store: Pick<IdentityStore, 'listMerges'>, customerId: string): Promise<StandingMergesInto> {
  const into = new Map<string, MergeRecord[]>();
  for (let pending = [customerId]; pending.length; ) {
    const lists = await Promise.all(pending.map(async (id) => [id, (await store.listMerges(id)).filter((merge) => merge.survivorId === id && !merge.undoneAt)] as const));
    for (const [id, merges] of lists) into.set(id, merges);
    pending = [...new Set(lists.flatMap(([, merges]) => merges.map((merge) => merge.absorbedId)))].filter((id) => !into.has(id));
  }
  return (id) => into.get(id) ?? [];
}

/**
 * The changes a person made while `merge` stood to the identities its absorbed customer brought
 * or takes back with its messages (`broughtBack`): removed, verified, removed and added again. A
 * person changed the merged customer, so the survivor recorded them; undone, the absorbed
 * customer gets those identities back (or not, removed), and its own record must say who did
 * that, when and why, as it says for a change made to it directly. The survivor keeps them too:
 * they were made on its profile.
 */
export function changesWhileMerged(survivor: Pick<Customer, 'identityChanges'>, merge: Pick<MergeRecord, 'mergedAt' | 'absorbedIdentities'>, broughtBack: readonly string[] = []): IdentityChange[] {
  const handedBack = new Set([...merge.absorbedIdentities, ...broughtBack]);
  return (survivor.identityChanges ?? []).filter((change) => change.at >= merge.mergedAt && handedBack.has(change.identity));
}

export function changeRecord(request: IdentityChangeRequest, change: IdentityChange['change']): IdentityChange {
  return { identity: request.identity, change, at: request.at, by: request.by, reason: request.reason };
}

/** Merges followed for one change: as many as `canonical` follows. */
const MAX_MERGED_RETRIES = 16;

/**
 * Adds the identity to the customer `customerId` stands for now. Never merges: a person merges
 * two customers deliberately, with the merge route.
 */
export async function addIdentityTo(store: IdentityStore, request: IdentityChangeRequest): Promise<AddIdentityOutcome> {
  return followingMerges(store, request, async (customerId) => {
    await pointHereIfMergedIn(store, request.identity, customerId);
    const outcome = await store.addIdentity({ ...request, customerId });
    return outcome.status === 'taken' ? { status: 'taken', ownerId: (await canonical(store, outcome.ownerId))?.customerId ?? outcome.ownerId } : outcome;
  });
}

/** Removes the identity from the customer `customerId` stands for now (the store decides with `decideRemove`). */
export async function removeIdentityFrom(store: IdentityStore, request: IdentityChangeRequest): Promise<RemoveIdentityOutcome> {
  return followingMerges(store, request, async (customerId) => {
    await pointHereIfMergedIn(store, request.identity, customerId);
    return store.removeIdentity({ ...request, customerId });
  });
}

/**
 * An identity still pointing at a customer merged into this one (claimed before the merge moved
 * it) leads here already: pointed here, the store's change sees it as this customer's.
 */
async function pointHereIfMergedIn(store: IdentityStore, identity: string, customerId: string) {
  const owner = await store.getIdentityOwner(identity);
  if (owner !== undefined && owner !== customerId && (await canonical(store, owner))?.customerId === customerId) {
    await store.pointIdentity(identity, customerId, await store.isClaimedVerified(identity, owner));
  }
}

async function followingMerges<T>(store: IdentityStore, request: IdentityChangeRequest, change: (customerId: string) => Promise<T | { status: 'not_found' }>): Promise<T | { status: 'not_found' }> {
  for (let attempt = 1; ; attempt += 1) {
    const customer = await canonical(store, request.customerId);
    if (!customer) return { status: 'not_found' };
    try {
      return await change(customer.customerId);
    } catch (error) {
      // Merged away since it was read: the change goes to the customer it went into.
      if (!(error instanceof CustomerMergedError) || attempt >= MAX_MERGED_RETRIES) throw error;
    }
  }
}
