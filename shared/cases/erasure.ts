import { createHash, randomUUID } from 'node:crypto';
import { canonical } from '../identity/resolve.ts';
import type { Customer, FeedbackRecord, MergeSuggestion } from '../model.ts';
import type { Clock, Store } from '../ports.ts';
import type { ErasureRecord, ErasureStore } from './ports.ts';

/** One person as stored: the customer, the customers merged into it, their identities and items. */
export interface PersonData {
  customer: Customer;
  merged: Customer[];
  identities: string[];
  items: FeedbackRecord[];
  /** Merge suggestions naming one of its customers (they quote an identity and an item). */
  suggestions: MergeSuggestion[];
}

/**
 * Everything kept about the person behind `customerId` (an id merged away leads to the customer it
 * was merged into: they are one person). Items are read through the timeline index page by page.
 */
export async function collectPerson(store: Store, customerId: string): Promise<PersonData | undefined> {
  const customer = await canonical(store, customerId);
  if (!customer) return undefined;
  const merged: Customer[] = [];
  const pending = [customer.customerId];
  while (pending.length) {
    const survivorId = pending.pop()!;
    for (const merge of await store.listMerges(survivorId)) {
      // An undone merge left two people; only what is merged now is this person.
      if (merge.survivorId !== survivorId || merge.undoneAt) continue;
      const absorbed = await store.getCustomer(merge.absorbedId);
      if (!absorbed || merged.some((m) => m.customerId === absorbed.customerId)) continue;
      merged.push(absorbed);
      pending.push(absorbed.customerId);
    }
  }
  const items = new Map<string, FeedbackRecord>();
  for (const { customerId: id } of [customer, ...merged]) {
    let cursor: string | undefined;
    do {
      const page = await store.listTimeline(id, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) items.set(item.feedbackId, item);
      cursor = page.nextCursor;
    } while (cursor);
  }
  const identities = new Set([customer, ...merged].flatMap((c) => c.identities));
  for (const item of items.values()) for (const identity of item.identities) identities.add(identity);
  const ids = new Set([customer, ...merged].map((c) => c.customerId));
  const suggestions: MergeSuggestion[] = [];
  for (const status of ['open', 'accepted', 'dismissed'] as const) {
    let cursor: string | undefined;
    do {
      const page = await store.listMergeSuggestions(status, { limit: 100, ...(cursor ? { cursor } : {}) });
      suggestions.push(...page.items.filter((s) => ids.has(s.customerId) || ids.has(s.otherCustomerId)));
      cursor = page.nextCursor;
    } while (cursor);
  }
  return {
    customer,
    merged,
    identities: [...identities].sort(),
    items: [...items.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
    suggestions,
  };
}

/**
 * Erases a person (PIPL / GDPR): profile, identities, items, and with them every quote and name
 * derived from them; day aggregates stay as numbers. What is kept is a record without personal data.
 */
export async function eraseCustomer(
  { store, clock }: { store: Store & ErasureStore; clock: Clock },
  customerId: string,
  by: string,
): Promise<ErasureRecord | undefined> {
  const person = await collectPerson(store, customerId);
  if (!person) return undefined;
  const customers = [person.customer, ...person.merged];
  const record: ErasureRecord = {
    erasureId: `er_${randomUUID()}`,
    at: clock.now().toISOString(),
    by,
    subjectHash: createHash('sha256').update(person.customer.customerId).digest('hex'),
    customers: customers.length,
    identities: person.identities.length,
    items: person.items.length,
  };
  return store.erase({ customers, identities: person.identities, items: person.items, suggestionIds: person.suggestions.map((s) => s.suggestionId), record });
}
