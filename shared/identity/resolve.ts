import { deriveFeedbackId } from '../event.ts';
import type { Customer } from '../model.ts';
import type { IdentityStore, TimelineStore } from '../ports.ts';

/** Resolving and merging customers re-points timeline items, so it needs both ports. */
type Store = IdentityStore & TimelineStore;

const MAX_MERGE_HOPS = 16;
const REPOINT_PAGE = 100;

export interface Resolution {
  customer: Customer;
  /** Customers this event proved to be the same person and merged into `customer`. */
  merged: string[];
}

/**
 * Finds the one customer an event belongs to. An identity seen before maps to its customer; an
 * event carrying identities of two customers merges them into the older one, and the merge is
 * recorded with what an undo needs. Every step is idempotent, so a redelivered event converges,
 * and concurrent events agree on the survivor because customers are ordered the same way.
 */
export async function resolveCustomer(
  store: Store,
  event: { feedbackId: string; identities: string[]; receivedAt: string; displayName?: string },
  now: string,
): Promise<Resolution> {
  const candidates = await canonicalOwners(store, event.identities);
  let created: Customer | undefined;
  if (candidates.size === 0) {
    created = await createCustomerFor(store, event, now);
    candidates.set(created.customerId, created);
  }
  const claimant = oldest(candidates);
  let claimedAny = false;
  for (const identity of event.identities) {
    const owner = await store.claimIdentity(identity, claimant.customerId);
    if (owner === claimant.customerId) {
      claimedAny = true;
      continue;
    }
    const other = await ownerOf(store, identity, owner);
    if (other) candidates.set(other.customerId, other);
  }
  // A customer created for this event that lost every identity to a concurrent event stays empty.
  if (created && !claimedAny && candidates.size > 1) candidates.delete(created.customerId);

  const survivor = oldest(candidates);
  const merged: string[] = [];
  for (const absorbed of candidates.values()) {
    if (absorbed.customerId === survivor.customerId) continue;
    await mergeInto(store, survivor.customerId, absorbed.customerId, event.feedbackId, now);
    merged.push(absorbed.customerId);
  }
  const current = (await canonical(store, survivor.customerId))!;
  for (const pending of current.pendingMerges ?? []) await completeMerge(store, current.customerId, pending);
  // This event proves all its identities are one person: a claim it made for a customer that
  // was merged before holding any item is not in that customer's identities to be re-pointed.
  // Without a merge, every claim already went to the survivor, so the common path reads nothing more.
  if (merged.length > 0 || claimant.customerId !== current.customerId) {
    for (const identity of event.identities) {
      if ((await store.getIdentityOwner(identity)) !== current.customerId) await store.pointIdentity(identity, current.customerId);
    }
  }
  return { customer: (await store.getCustomer(current.customerId))!, merged };
}

/** The customer that currently stands for `customerId`, following merges. */
export async function canonical(store: Pick<IdentityStore, 'getCustomer'>, customerId: string): Promise<Customer | undefined> {
  let customer = await store.getCustomer(customerId);
  for (let hop = 0; customer?.mergedInto && hop < MAX_MERGE_HOPS; hop += 1) {
    customer = await store.getCustomer(customer.mergedInto);
  }
  return customer;
}

async function createCustomerFor(store: Store, event: { feedbackId: string; receivedAt: string; displayName?: string }, now: string) {
  const customerId = customerIdFor(event.feedbackId);
  await store.createCustomer({
    customerId,
    createdAt: now,
    firstSeen: event.receivedAt,
    lastSeen: event.receivedAt,
    identities: [],
    displayName: event.displayName,
    counts: {},
  });
  return (await store.getCustomer(customerId))!;
}

async function canonicalOwners(store: Store, identities: string[]): Promise<Map<string, Customer>> {
  const owners = new Map<string, Customer>();
  for (const identity of identities) {
    const owner = await store.getIdentityOwner(identity);
    const customer = owner && (await ownerOf(store, identity, owner));
    if (customer) owners.set(customer.customerId, customer);
  }
  return owners;
}

/**
 * The current customer behind an identity's owner. An identity claimed by a customer that was
 * merged before its first item landed still points at it: point it at the survivor.
 */
async function ownerOf(store: Store, identity: string, owner: string): Promise<Customer | undefined> {
  const customer = await canonical(store, owner);
  if (customer && customer.customerId !== owner) await store.pointIdentity(identity, customer.customerId);
  return customer;
}

/**
 * Merges `absorbedId` into `survivorId`. When a concurrent event already merged it elsewhere,
 * that merge is finished first and the customer it went into is merged instead.
 */
async function mergeInto(store: Store, survivorId: string, absorbedId: string, causeFeedbackId: string, now: string) {
  let target = absorbedId;
  for (let hop = 0; hop < MAX_MERGE_HOPS && target !== survivorId; hop += 1) {
    const absorbed = await store.getCustomer(target);
    if (!absorbed) return;
    if (absorbed.mergedInto) {
      await completeMerge(store, absorbed.mergedInto, absorbed.customerId);
      target = absorbed.mergedInto;
      continue;
    }
    const outcome = await store.beginMerge({ survivorId, absorbedId: absorbed.customerId, mergedAt: now, causeFeedbackId });
    if (outcome === 'started') return completeMerge(store, survivorId, absorbed.customerId);
  }
}

/** Re-points the absorbed customer's items and identities; safe to run again after a crash. */
async function completeMerge(store: Store, survivorId: string, absorbedId: string) {
  let cursor: string | undefined;
  do {
    const page = await store.listTimeline(absorbedId, { limit: REPOINT_PAGE, cursor });
    for (const item of page.items) await store.setFeedbackCustomer(item.feedbackId, survivorId);
    cursor = page.nextCursor;
  } while (cursor);
  const absorbed = await store.getCustomer(absorbedId);
  for (const identity of absorbed?.identities ?? []) await store.pointIdentity(identity, survivorId);
  await store.finishMerge(survivorId, absorbedId);
}

/** Deterministic, so a redelivered first event of a new customer does not create a second one. */
export function customerIdFor(feedbackId: string): string {
  return `cus_${deriveFeedbackId('customer', feedbackId).slice(3)}`;
}

/** The oldest customer survives a merge; the id breaks ties so every processor picks the same one. */
function oldest(customers: Map<string, Customer>): Customer {
  return [...customers.values()].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.customerId.localeCompare(b.customerId))[0]!;
}
