import { deriveFeedbackId } from '../event.ts';
import type { Customer } from '../model.ts';
import type { Store } from '../ports.ts';

const MAX_MERGE_HOPS = 16;
const REPOINT_PAGE = 100;

export interface Resolution {
  customer: Customer;
  /** True when this event created the customer. */
  created: boolean;
  /** Customers this event proved to be the same person and merged into `customer`. */
  merged: string[];
}

/**
 * Finds the one customer an event belongs to. An identity seen before maps to its customer; an
 * event carrying identities of two customers merges them into the older one, and the merge is
 * recorded with what an undo needs. Every step is idempotent, so a redelivered event converges.
 */
export async function resolveCustomer(
  store: Store,
  event: { feedbackId: string; identities: string[]; receivedAt: string; displayName?: string },
  now: string,
): Promise<Resolution> {
  const owners = await canonicalOwners(store, event.identities);
  let created = false;
  if (owners.size === 0) {
    const customerId = customerIdFor(event.feedbackId);
    created = await store.createCustomer({
      customerId,
      createdAt: now,
      firstSeen: event.receivedAt,
      lastSeen: event.receivedAt,
      identities: [],
      displayName: event.displayName,
      counts: {},
    });
    owners.set(customerId, (await store.getCustomer(customerId))!);
  }
  const [survivor, ...others] = [...owners.values()].sort(olderFirst);
  // A concurrent event may claim an identity first; the merge below then joins the two.
  for (const identity of event.identities) {
    const owner = await store.claimIdentity(identity, survivor!.customerId);
    if (owner !== survivor!.customerId && !owners.has(owner)) {
      const other = await canonical(store, owner);
      if (other && other.customerId !== survivor!.customerId && !others.some((c) => c.customerId === other.customerId)) {
        others.push(other);
      }
    }
  }
  for (const absorbed of others) await mergeCustomers(store, survivor!.customerId, absorbed, event.feedbackId, now);
  const customer = await canonical(store, survivor!.customerId);
  for (const pending of customer?.pendingMerges ?? []) await completeMerge(store, customer!.customerId, pending);
  return { customer: (await store.getCustomer(customer!.customerId))!, created, merged: others.map((c) => c.customerId) };
}

/** The customer that currently stands for `customerId`, following merges. */
export async function canonical(store: Store, customerId: string): Promise<Customer | undefined> {
  let customer = await store.getCustomer(customerId);
  for (let hop = 0; customer?.mergedInto && hop < MAX_MERGE_HOPS; hop += 1) {
    customer = await store.getCustomer(customer.mergedInto);
  }
  return customer;
}

async function canonicalOwners(store: Store, identities: string[]): Promise<Map<string, Customer>> {
  const owners = new Map<string, Customer>();
  for (const identity of identities) {
    const owner = await store.getIdentityOwner(identity);
    if (!owner) continue;
    const customer = await canonical(store, owner);
    if (customer) owners.set(customer.customerId, customer);
  }
  return owners;
}

async function mergeCustomers(store: Store, survivorId: string, absorbed: Customer, causeFeedbackId: string, now: string) {
  await store.beginMerge({
    survivorId,
    absorbedId: absorbed.customerId,
    mergedAt: now,
    causeFeedbackId,
    absorbedIdentities: absorbed.identities,
    absorbedCounts: absorbed.counts,
    absorbedFirstSeen: absorbed.firstSeen,
    absorbedLastSeen: absorbed.lastSeen,
  });
  await completeMerge(store, survivorId, absorbed.customerId);
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

function olderFirst(a: Customer, b: Customer): number {
  return a.firstSeen.localeCompare(b.firstSeen) || a.customerId.localeCompare(b.customerId);
}
