/** How the store's items read and are written: profiles, counters, queue entries and listings. */
import type { Counters, Customer, FeedbackRecord, MergeSuggestion } from '../../../model.ts';
import { timelineKey } from '../../../timeline/timeline-key.ts';
import { queueEntries } from '../../../cases/work-queue.ts';
import type { ProfileName } from '../../../identity/display-name.ts';
import { COUNTER_PREFIX, KEY_ATTRIBUTES, keys } from '../dynamo-keys.ts';
import { ExpressionBuilder } from '../update-expression.ts';
import type { Item } from './table.ts';

/**
 * The guard of every profile update that is not the profile's creation: DynamoDB's UpdateItem
 * creates an item it does not find, so without it a merge's or a release's late write after an
 * erasure would bring back a profile of nothing but the attributes it sets.
 */
export const profileExists = (name: (attribute: string) => string) => `attribute_exists(${name('pk')})`;

export function addCounters(builder: ExpressionBuilder, counters: Counters): ExpressionBuilder {
  for (const [name, delta] of Object.entries(counters)) if (delta !== 0) builder.add(COUNTER_PREFIX + name, delta);
  return builder;
}

export function countersOf(item: Item): Counters {
  const counters: Counters = {};
  for (const [name, value] of Object.entries(item)) if (name.startsWith(COUNTER_PREFIX)) counters[name.slice(COUNTER_PREFIX.length)] = value as number;
  return counters;
}

export function toCustomer(item: Item): Customer {
  const customer: Item = {};
  for (const [name, value] of Object.entries(item)) {
    if (KEY_ATTRIBUTES.includes(name) || name.startsWith(COUNTER_PREFIX)) continue;
    customer[name] = value instanceof Set ? [...value].sort() : value;
  }
  return { identities: [], ...customer, counts: countersOf(item) } as unknown as Customer;
}

export function setName(profile: ExpressionBuilder, { displayName, displayNameClaimed }: ProfileName) {
  if (displayName) profile.set('displayName', displayName);
  else profile.remove('displayName');
  if (displayNameClaimed) profile.set('displayNameClaimed', true);
  else profile.remove('displayNameClaimed');
}

export function toQueueItem({ partition, sortKey, ...attributes }: ReturnType<typeof queueEntries>[number]): Item {
  return { pk: partition, sk: sortKey, ...attributes };
}

/** An item and its index entries kept beside it: its complaint days' and the work queue's. */
export function itemEntries(item: FeedbackRecord): Item[] {
  const sortKey = timelineKey(item.receivedAt, item.feedbackId);
  return [
    keys.feedback(item.feedbackId),
    ...item.classification.complaintTypes.map(({ type }) => ({ pk: keys.complaintDay(type, item.day), sk: sortKey })),
    ...queueEntries(item).map((entry) => ({ pk: entry.partition, sk: entry.sortKey })),
  ];
}

export function suggestionListings({ suggestionId, customerId, otherCustomerId, identity }: MergeSuggestion): Item[] {
  return [keys.timelinePartition(customerId), keys.timelinePartition(otherCustomerId), keys.identity(identity).pk].map((partition) => keys.suggestionListing(partition, suggestionId));
}

export function stripKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.includes(name)));
}

export const min = (a: string, b: string) => (a <= b ? a : b);

export const max = (a: string, b: string) => (a >= b ? a : b);
