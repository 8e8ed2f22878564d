import { deriveFeedbackId } from '../event-ids.ts';
import type { Customer } from '../model.ts';
import { CustomerErasedError, type IdentityStore, type TimelineStore } from '../ports.ts';
import { chainsFit, roomFor } from './bounds.ts';
import { conflicting, oldest } from './merge-rules.ts';
import { canonical, finishPendingWork, hasPendingWork, mergeFollowing, suggestionIdFor } from './merges.ts';

/** Resolving and merging customers re-points timeline items, so it needs both ports. */
type Store = IdentityStore & TimelineStore;

export { canonical };

export interface ResolvableEvent {
  feedbackId: string;
  identities: string[];
  verifiedIdentities?: string[];
  receivedAt: string;
}

export interface Resolution {
  customer: Customer;
  /** Customers this event's verified identities proved to be the same person, merged into `customer`. */
  merged: string[];
  /** The event's identities that belong to `customer` now, and which of them are verified. */
  identities: string[];
  verifiedIdentities: string[];
  /** Those of `identities` this event claimed first (see releaseTakenOver). */
  claimed: string[];
}

/**
 * Finds the one customer an event belongs to, trusting only what the channel verified:
 * - verified identities (a signed provider request, mail passing SPF or DKIM with DMARC) point
 *   at their customers, and an event whose verified identities belong to several customers merges
 *   them into the oldest, unless the merge would give one customer two different verified
 *   identities of one kind, or a person separated them (an undone merge);
 * - claimed identities (web-form fields, unauthenticated mail) only find a customer that holds them
 *   as claims too, and only when the message names no identity that customer lacks. A claim on
 *   another customer's identity never moves or attaches items or identities: the item goes to the
 *   poster's own customer and a merge suggestion is recorded for a person.
 * Every step is idempotent, so a redelivered event converges, and concurrent events agree on the
 * survivor because customers are ordered the same way. Concurrent events end as they would have
 * one after the other: an owner is judged as it stands once the claim that made it has committed,
 * and an event that loses a claim race is resolved again, as if it had come just after the winner.
 */
export async function resolveCustomer(store: Store, event: ResolvableEvent, now: string): Promise<Resolution> {
  // Each new start follows a lost claim race, which gives the identity an owner, or a merge the
  // store refused for its size, which the next start's profiles show: it ends.
  for (let start = 0; ; start += 1) {
    const resolution = await resolveOnce(store, event, now, start < event.identities.length);
    if (resolution !== LOST_CLAIM_RACE) return resolution;
  }
}

/** A concurrent event claimed an identity first (or grew a customer past the bound): resolve again, seeing it. */
const LOST_CLAIM_RACE = Symbol('lost claim race');

async function resolveOnce(store: Store, event: ResolvableEvent, now: string, mayStartAgain: boolean): Promise<Resolution | typeof LOST_CLAIM_RACE> {
  const verified = new Set((event.verifiedIdentities ?? []).filter((identity) => event.identities.includes(identity)));
  const owners = await currentOwners(store, event.identities, customerIdFor(event.feedbackId));

  const proven = new Map<string, Customer>();
  for (const identity of verified) {
    const owner = owners.get(identity);
    if (owner && (await proves(store, verified, owner, identity))) proven.set(owner.customerId, owner);
  }
  // A claim lands on a customer only when every identity it names is held already, and only as a
  // claim: a message that also brings an identity nobody holds must not attach it to someone
  // else's customer, or a form naming a victim's email and the poster's own phone would make the
  // phone lead to the victim; one that names an identity someone holds verified is that person's
  // or a stranger's, and joins nobody (two people who typed one email stay apart when one of
  // them names their own verified phone).
  // A redelivery finds the identities its first attempt claimed for a customer of its own: that
  // customer, made for this message, is where the message goes, as it did the first time.
  const madeForThisMessage = [...owners.values()].find((owner) => owner.customerId === customerIdFor(event.feedbackId));
  const claimHolder = verified.size > 0 ? undefined : (madeForThisMessage ?? oldestClaimHolder(event.identities, owners));
  const found = proven.size > 0 ? oldest(proven) : claimHolder;
  const poster = found ?? (await createCustomerFor(store, event, now));

  const mine: string[] = [];
  const claimed: string[] = [];
  const toMerge = new Map<string, Customer>();
  /** `takenOver`: the other customer only claimed what this event's verified sender took over, so it is the claimant. */
  const toSuggest = new Map<string, { identity: string; other: Customer; takenOver?: true }>();
  // A customer holding as many identities as one may gains none from a message: the item keeps
  // them (its own `identities`), and they lead nowhere, as a removed one does.
  const hasRoomFor = (identity: string) => roomFor(poster.identities, [...mine, identity]);
  for (const identity of event.identities) {
    let owner = owners.get(identity);
    if (!owner && !hasRoomFor(identity)) continue;
    if (!owner) {
      const claimedBy = await store.claimIdentity(identity, poster.customerId, verified.has(identity));
      if (claimedBy === poster.customerId) {
        mine.push(identity);
        claimed.push(identity);
        continue;
      }
      // The poster was erased meanwhile: the event is resolved again, and goes to a customer of its own.
      if (claimedBy === undefined && mayStartAgain) return LOST_CLAIM_RACE;
      if (claimedBy === undefined) continue;
      // A concurrent event claimed it first. Deciding here, with only this identity in view, once
      // put a poster on the winner's customer whatever else the two messages named: the event is
      // resolved again from the start, as if it had come just after the winner.
      if (mayStartAgain) return LOST_CLAIM_RACE;
      owner = await ownerOf(store, identity, claimedBy);
      if (!owner) continue;
      owner = await settledOwner(store, owner, identity);
      if (verified.has(identity) && (await proves(store, verified, owner, identity))) proven.set(owner.customerId, owner);
    }
    if (owner.customerId === poster.customerId) {
      mine.push(identity);
    } else if (owner.customerId === customerIdFor(event.feedbackId)) {
      // Claimed by an earlier start (or attempt) for the customer made for this event, which holds
      // nothing else: the event's own, wherever the event goes.
      await store.pointIdentity(identity, poster.customerId, verified.has(identity));
      mine.push(identity);
      claimed.push(identity);
    } else if (verified.has(identity) && proven.has(owner.customerId)) {
      toMerge.set(owner.customerId, owner);
    } else if (verified.has(identity) && hasRoomFor(identity)) {
      // A claim loses to a verified sender: the identity moves to the sender, the claimant keeps its items.
      await store.pointIdentity(identity, poster.customerId, true);
      await store.releaseIdentity(identity, owner.customerId);
      mine.push(identity);
      toSuggest.set(owner.customerId, { identity, other: owner, takenOver: true });
    } else {
      toSuggest.set(owner.customerId, { identity, other: owner });
    }
  }

  const merged: string[] = [];
  const family = new Map([[poster.customerId, poster]]);
  for (const other of toMerge.values()) {
    // Past the bound, a merge is suggested instead: nothing to undo, and a person can make room and accept.
    const together = new Map([...family, [other.customerId, other]]);
    const fits = roomFor([...family.values()].flatMap((member) => member.identities), other.identities) && chainsFit([...together.values()], oldest(together).customerId);
    if (conflicting([...family.values()], other) || !fits) toSuggest.set(other.customerId, { identity: '', other });
    else family.set(other.customerId, other);
  }
  const survivor = oldest(family);
  const resolved = async (customer: Customer, merged: string[]): Promise<Resolution> => {
    for (const { identity, other, takenOver } of toSuggest.values()) {
      const [claimant, holder] = takenOver ? [other.customerId, customer.customerId] : [customer.customerId, other.customerId];
      await suggest(store, claimant, holder, identity || [...verified][0]!, event.feedbackId, now);
    }
    return { customer, merged, identities: mine, verifiedIdentities: mine.filter((identity) => verified.has(identity)), claimed };
  };
  // The common case (one customer, nothing merged) reads nothing more: the poster is current.
  if (family.size === 1 && !hasPendingWork(poster)) return resolved(poster, []);
  for (const absorbed of family.values()) {
    if (absorbed.customerId === survivor.customerId) continue;
    const outcome = await mergeFollowing(store, {
      survivorId: survivor.customerId,
      absorbedId: absorbed.customerId,
      mergedAt: now,
      by: 'processor',
      reason: `one message carried verified identities of both customers (${[...verified].join(', ')})`,
      causeFeedbackId: event.feedbackId,
    });
    // The two grew past the bound since they were read: resolved again from the profiles as they
    // are, which suggests the merge instead (merges already made stand, and are not made twice).
    if (outcome === 'refused') return LOST_CLAIM_RACE;
    merged.push(absorbed.customerId);
  }
  const current = (await canonical(store, survivor.customerId))!;
  // In AWS no server start finishes what a request cut short left on the customer: its next message does.
  await finishPendingWork(store, current);
  // Claims made for a customer that was then merged away point at the survivor now.
  if (merged.length > 0 || poster.customerId !== current.customerId) {
    for (const identity of mine) {
      if ((await store.getIdentityOwner(identity)) !== current.customerId) await store.pointIdentity(identity, current.customerId, verified.has(identity));
    }
  }
  return resolved((await store.getCustomer(current.customerId))!, merged);
}

/**
 * A verified sender judges an owner whose claim is still being committed as a bare claim and takes
 * the identity over (see proves): when this event's commit comes after that takeover, it has just
 * added the identity back to its profile, and gives it up again here, as a takeover coming after
 * the commit takes it. The identities the event claimed first are read together (one request on
 * DynamoDB); an event that claimed none reads nothing.
 */
export async function releaseTakenOver(store: Store, customerId: string, claimed: readonly string[]): Promise<void> {
  const owners = await Promise.all(claimed.map((identity) => store.getIdentityOwner(identity)));
  for (const [index, owner] of owners.entries()) {
    if (owner === undefined || owner === customerId) continue;
    // Merged since, the identity leads where the customer went: still its own.
    if ((await canonical(store, owner))?.customerId === (await canonical(store, customerId))?.customerId) continue;
    await store.releaseIdentity(claimed[index]!, customerId);
  }
}

/** `claimantId` typed `identity`, which leads to `holderId`: accepting merges the claimant into the holder. */
async function suggest(store: Store, claimantId: string, holderId: string, identity: string, feedbackId: string, now: string) {
  const [claimant, holder] = await Promise.all([canonical(store, claimantId), canonical(store, holderId)]);
  if (!claimant || !holder || claimant.customerId === holder.customerId) return;
  await store.suggestMerge({
    suggestionId: suggestionIdFor(claimant.customerId, holder.customerId),
    customerId: claimant.customerId,
    otherCustomerId: holder.customerId,
    identity,
    feedbackId,
    createdAt: now,
    status: 'open',
  });
}

/** How long a claim still being committed elsewhere is waited for: a commit takes milliseconds. */
const IN_FLIGHT_CLAIM_WAITS_MS = [5, 20, 50, 100];

/**
 * The owner as it is once the event that claimed the identity has committed. Until then its
 * profile does not list the identity: a verified claim in flight would look like a bare claim,
 * which a verified sender takes over (two customers for one person), and a bare claim would look
 * like one the sender proves (every identity it holds, none). Only a claim race waits: a settled
 * profile lists every identity that leads to it. A commit slower than the waits is judged by what
 * its claim recorded: a verified claim as held verified (a verified sender joins it, a form naming
 * it joins nobody, as once committed); a bare claim as not listed (see proves).
 */
async function settledOwner(store: Store, owner: Customer, identity: string): Promise<Customer> {
  let current = owner;
  for (const wait of IN_FLIGHT_CLAIM_WAITS_MS) {
    if (current.identities.includes(identity)) return current;
    await new Promise((resolve) => setTimeout(resolve, wait));
    // The identity may have moved meanwhile: a claim an event made for a customer of its own
    // follows the event to the customer it went to.
    const ownerId = await store.getIdentityOwner(identity);
    current = (ownerId === undefined ? undefined : await canonical(store, ownerId)) ?? current;
  }
  if (current.identities.includes(identity) || !(await store.isClaimedVerified(identity, current.customerId))) return current;
  return { ...current, identities: [...current.identities, identity], verifiedIdentities: [...(current.verifiedIdentities ?? []), identity] };
}

/** When every identity is held, none of them verified: the oldest of their holders. */
function oldestClaimHolder(identities: string[], owners: Map<string, Customer>): Customer | undefined {
  const holders = new Map<string, Customer>();
  for (const identity of identities) {
    const owner = owners.get(identity);
    if (!owner || holdsVerified(owner, identity)) return undefined;
    holders.set(owner.customerId, owner);
  }
  return holders.size > 0 ? oldest(holders) : undefined;
}

/**
 * The sender is this customer: it holds the identity verified, or every identity of the customer
 * the identity came with is one this event proves. A merge adds the other side's identities, but
 * the claim-only customer that was merged (either side) is still proven by its own verified mail,
 * as it would have been unmerged; a claim that came with identities this event does not prove is
 * still taken over, merged or not.
 */
async function proves(store: Store, verified: Set<string>, owner: Customer, identity: string): Promise<boolean> {
  // Made for a message that only claimed the identity, and still being committed after the waits:
  // its empty profile would be proven by anything, where committed it is a bare claim (with
  // whatever else the message named), which a verified sender takes over.
  if (owner.madeForClaim && !owner.identities.includes(identity)) return false;
  if (holdsVerified(owner, identity) || owner.identities.every((i) => verified.has(i))) return true;
  return (await identitiesMergedWith(store, owner.customerId, owner.identities, identity)).every((i) => verified.has(i));
}

/**
 * The identities `identity` came with: those of the customer it was merged in with (as that
 * customer was when merged, its own merges followed the same way), or the customer's own when
 * no standing merge brought it.
 */
async function identitiesMergedWith(store: Store, customerId: string, identities: string[], identity: string, before?: string, depth = 0): Promise<string[]> {
  const standing = (await store.listMerges(customerId)).filter((m) => m.survivorId === customerId && !m.undoneAt && (before === undefined || m.mergedAt < before));
  const bringing = standing.find((m) => m.absorbedIdentities.includes(identity));
  if (bringing && depth < MAX_MERGE_DEPTH) return identitiesMergedWith(store, bringing.absorbedId, bringing.absorbedIdentities, identity, bringing.mergedAt, depth + 1);
  const mergedIn = new Set(standing.flatMap((m) => (m === bringing ? [] : m.absorbedIdentities)));
  return identities.filter((i) => !mergedIn.has(i));
}

/** As merges follow survivors (identity/merges.ts). */
const MAX_MERGE_DEPTH = 16;

function holdsVerified(customer: Customer, identity: string): boolean {
  return customer.verifiedIdentities?.includes(identity) ?? false;
}

async function createCustomerFor(store: Store, event: ResolvableEvent, now: string) {
  const customerId = customerIdFor(event.feedbackId);
  // Nameless until the event commits: its commit weighs the name by whether the sender was verified.
  const customer: Customer = { customerId, createdAt: now, firstSeen: event.receivedAt, lastSeen: event.receivedAt, identities: [], counts: {} };
  if (!event.verifiedIdentities?.length) customer.madeForClaim = true;
  // Created just now, it is exactly what was written.
  if (await store.createCustomer(customer)) return customer;
  // A redelivery finds the customer its first attempt made; a concurrent event may have merged it
  // since (before this event's commit gave it the identity it claimed), and then the event
  // belongs to the survivor: committing to the merged-away one would fail on every retry.
  const made = await canonical(store, customerId);
  if (made) return made;
  // Erased after its first attempt claimed the sender's identities for it (the erasure finds a
  // customer's identities on its profile, which the commit never reached): the message goes with
  // the person, and so do those claims.
  await store.withdrawClaims(event.identities, customerId);
  throw new CustomerErasedError(customerId);
}

/**
 * The event's identities are looked up at once, and a customer holding several of them is read
 * once: each sequential round trip is a DynamoDB latency on every message.
 */
async function currentOwners(store: Store, identities: string[], madeForThisEvent: string): Promise<Map<string, Customer>> {
  const customers = new Map<string, Promise<Customer | undefined>>();
  const currentCustomer = (owner: string) => {
    if (!customers.has(owner)) customers.set(owner, canonical(store, owner));
    return customers.get(owner)!;
  };
  const found = await Promise.all(
    identities.map(async (identity) => {
      const owner = await store.getIdentityOwner(identity);
      const customer = owner === undefined ? undefined : await ownerOf(store, identity, owner, currentCustomer(owner));
      // Judged as it will be once the event that claimed the identity has committed (whether it
      // holds the identity verified, what else it holds), as the same event would judge it a moment later.
      const settled = customer && customer.customerId !== madeForThisEvent ? await settledOwner(store, customer, identity) : customer;
      return [identity, settled] as const;
    }),
  );
  return new Map(found.filter((entry): entry is readonly [string, Customer] => entry[1] !== undefined));
}

/**
 * The current customer behind an identity's owner. An identity claimed by a customer that was
 * merged before its first item landed still points at it: point it at the survivor.
 */
async function ownerOf(store: Store, identity: string, owner: string, current = canonical(store, owner)): Promise<Customer | undefined> {
  const customer = await current;
  if (customer && customer.customerId !== owner) await store.pointIdentity(identity, customer.customerId, customer.verifiedIdentities?.includes(identity));
  return customer;
}

/** Deterministic, so a redelivered first event of a new customer does not create a second one. */
export function customerIdFor(feedbackId: string): string {
  return `cus_${deriveFeedbackId('customer', feedbackId).slice(3)}`;
}
