import { createHash, randomUUID } from 'node:crypto';
import { finishPendingWorkTouching } from '../identity/merges.ts';
import { canonical } from '../identity/resolve.ts';
import { allItems } from '../timeline/all-items.ts';
import type { Customer, FeedbackRecord, MergeRecord, MergeSuggestion } from '../model.ts';
import type { Clock, Store } from '../ports.ts';
import type { ClaimRedaction, ErasurePlan, ErasureRecord, ErasureStore, ProfileRedaction, SuggestionRedaction } from './ports.ts';

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
 * The customer behind `customerId` (an id merged away leads to the customer it was merged into:
 * they are one person) and every customer merged into it, through chains of merges.
 */
export async function customersOfPerson(store: Store, customerId: string): Promise<Pick<PersonData, 'customer' | 'merged'> | undefined> {
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
  return { customer, merged };
}

/** The identities the customers hold and those the items name (one removed or taken over since stays on the items that carried it), sorted. */
export function identitiesNamed(customers: readonly Customer[], items: readonly FeedbackRecord[]): string[] {
  return [...new Set([...customers.flatMap((c) => c.identities), ...items.flatMap((item) => item.identities)])].sort();
}

/** Everything kept about the person behind `customerId`. Items are read through the timeline index page by page. */
export async function collectPerson(store: Store, customerId: string): Promise<PersonData | undefined> {
  const person = await customersOfPerson(store, customerId);
  if (!person) return undefined;
  const { customer, merged } = person;
  const items = new Map<string, FeedbackRecord>();
  for (const { customerId: id } of [customer, ...merged]) for (const item of await allItems(store, id)) items.set(item.feedbackId, item);
  return {
    customer,
    merged,
    identities: identitiesNamed([customer, ...merged], [...items.values()]),
    items: [...items.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)),
    suggestions: uniqueSuggestions(await Promise.all([customer, ...merged].map((c) => store.mergeSuggestionsOf(c.customerId)))),
  };
}

function uniqueSuggestions(lists: MergeSuggestion[][]): MergeSuggestion[] {
  return [...new Map(lists.flat().map((s) => [s.suggestionId, s])).values()];
}

/** What stands, in another customer's item, for an identity of a person erased since: its kind, not its value. */
export function erasedIdentity(identity: string): string {
  return `erased:${identity.slice(0, identity.indexOf(':'))}`;
}

/**
 * What others keep of the person's identities: items naming one (the identity becomes its marker),
 * suggestions between others quoting one, a profile merged away with one and the merge that
 * carried it (undone later, that merge would hand the identity back); and of its customer ids, a
 * partner's separations (an undone merge with one of them). A claim on an identity
 * someone holds leaves a suggestion between the two, and an identity passes from one holder to the
 * next by a takeover, which leaves one too, or by a merge or its undo; but a pair keeps one
 * suggestion whatever raised it, a friend who typed the phone while another friend held it is
 * linked to that friend, and one who typed it while the person was merged into someone else is
 * linked to that someone. So the others are every customer the suggestions and merges (standing,
 * undone or pending) link to the person through any chain of them, and each one's own timeline is
 * read: a merge cut short leaves items on the absorbed customer until it is finished. An undo of
 * a merge of one of the person's customers into another, begun after the erasure finished the
 * work under way, may still hold some of the person's items on that other (`leftBehind`): they go
 * with the person.
 */
async function mentionsElsewhere(store: Store, person: PersonData): Promise<Pick<ErasurePlan, 'claimsAbout' | 'suggestionsNaming' | 'profilesListing' | 'mergesListing'> & { leftBehind: FeedbackRecord[] }> {
  const own = new Set([person.customer, ...person.merged].map((c) => c.customerId));
  const held = new Set([person.customer, ...person.merged].flatMap((c) => c.identities));
  const notHeld = (identities: string[]) => identities.filter((identity) => !held.has(identity));
  const suggested = suggestionLinks(store, person);
  const profilesListing: ProfileRedaction[] = [];
  const mergesListing = new Map<string, MergeRecord>();
  const claimsAbout = new Map<string, ClaimRedaction>();
  // Undone merges of one of the person's customers into another, and the others' items they moved:
  // an undo begun after the erasure finished the work under way still holds some on the survivor.
  const undoneFromPerson = new Set<string>();
  const movedByMerges: FeedbackRecord[] = [];
  const reached = new Set(own);
  const pending = [...own];
  // A customer a person removed one of the identities from still names it in its record of changes, its merges and the profiles they went into.
  for (const identity of held) {
    for (const former of await store.formerHoldersOf(identity)) {
      if (reached.has(former)) continue;
      reached.add(former);
      pending.push(former);
    }
  }
  while (pending.length) {
    const customerId = pending.pop()!;
    const linked = await suggested.linkedTo(customerId);
    for (const merge of await store.listMerges(customerId)) {
      linked.push(merge.survivorId, merge.absorbedId);
      if (own.has(merge.absorbedId) && !own.has(merge.survivorId) && merge.undoneAt) undoneFromPerson.add(merge.mergeId);
      // The person's own merges go with the person.
      if (own.has(merge.survivorId) || own.has(merge.absorbedId)) continue;
      const listed = [...merge.absorbedIdentities, ...merge.absorbedVerifiedIdentities, ...(merge.survivorIdentities ?? []), ...(merge.broughtBack ?? [])];
      if (listed.some((identity) => held.has(identity))) {
        mergesListing.set(merge.mergeId, {
          ...merge,
          absorbedIdentities: notHeld(merge.absorbedIdentities),
          absorbedVerifiedIdentities: notHeld(merge.absorbedVerifiedIdentities),
          ...(merge.survivorIdentities ? { survivorIdentities: notHeld(merge.survivorIdentities) } : {}),
          ...(merge.broughtBack ? { broughtBack: notHeld(merge.broughtBack) } : {}),
        });
      }
    }
    for (const id of linked) {
      if (reached.has(id)) continue;
      reached.add(id);
      pending.push(id);
    }
    if (own.has(customerId)) continue;
    const profile = await store.getCustomer(customerId);
    const listed = (profile?.identities ?? []).filter((identity) => held.has(identity));
    const separatedFrom = (profile?.separatedFrom ?? []).filter((id) => own.has(id));
    const changes = profile?.identityChanges;
    const identityChanges = changes?.some((change) => held.has(change.identity)) ? changes.map((change) => (held.has(change.identity) ? { ...change, identity: erasedIdentity(change.identity) } : change)) : undefined;
    if (listed.length || separatedFrom.length || identityChanges) {
      profilesListing.push({ customerId, identities: listed, ...(separatedFrom.length ? { separatedFrom } : {}), ...(identityChanges ? { identityChanges } : {}) });
    }
    for (const item of await allItems(store, customerId)) {
      if (item.mergedVia?.length) movedByMerges.push(item);
      if (!item.identities.some((identity) => held.has(identity))) continue;
      claimsAbout.set(item.feedbackId, { feedbackId: item.feedbackId, identities: [...new Set(item.identities.map((identity) => (held.has(identity) ? erasedIdentity(identity) : identity)))] });
    }
  }
  const erasedWithPerson = new Set(person.suggestions.map((s) => s.suggestionId));
  const suggestionsNaming: SuggestionRedaction[] = [];
  for (const identity of held) {
    for (const s of await store.mergeSuggestionsQuoting(identity)) {
      if (!erasedWithPerson.has(s.suggestionId)) suggestionsNaming.push({ suggestionId: s.suggestionId, identity: erasedIdentity(identity), quoted: identity });
    }
  }
  const leftBehind = movedByMerges.filter((item) => undoneFromPerson.has(item.mergedVia!.at(-1)!));
  for (const item of leftBehind) claimsAbout.delete(item.feedbackId);
  return { claimsAbout: [...claimsAbout.values()], suggestionsNaming, profilesListing, mergesListing: [...mergesListing.values()], leftBehind };
}

/**
 * The customers a customer's suggestions link it to, each side as the customer it stands for now
 * (merges followed; the person's customers as the person). The person's suggestions were read
 * with it; every other customer's are read when the walk reaches it.
 */
function suggestionLinks(store: Store, person: PersonData) {
  const own = new Set([person.customer, ...person.merged].map((c) => c.customerId));
  const currentIds = new Map<string, string | undefined>();
  const currentId = async (id: string) => {
    if (own.has(id)) return person.customer.customerId;
    if (!currentIds.has(id)) currentIds.set(id, (await canonical(store, id))?.customerId);
    return currentIds.get(id);
  };
  const linkedTo = async (customerId: string): Promise<string[]> => {
    const suggestions = own.has(customerId) ? person.suggestions.filter((s) => s.customerId === customerId || s.otherCustomerId === customerId) : await store.mergeSuggestionsOf(customerId);
    const linked: string[] = [];
    for (const suggestion of suggestions) {
      const [one, other] = [await currentId(suggestion.customerId), await currentId(suggestion.otherCustomerId)];
      if (one && other && one !== other) linked.push(one, other);
    }
    return linked;
  };
  return { linkedTo };
}

/**
 * Erases a person (PIPL / GDPR): profile, identities, items, and with them every quote and name
 * derived from them, and their identities in what others claimed about them (the others' words
 * stay); day aggregates stay as numbers. What is kept is a record without personal data.
 */
export async function eraseCustomer(
  { store, clock }: { store: Store & ErasureStore; clock: Clock },
  customerId: string,
  by: string,
): Promise<ErasureRecord | undefined> {
  // Work under way first: an undo cut short keeps the person's items on the survivor (or the
  // survivor's own among the person's), and the plan is read from where the items are.
  const customers = await customersOfPerson(store, customerId);
  if (customers) await finishPendingWorkTouching(store, [customers.customer, ...customers.merged]);
  const person = await collectPerson(store, customerId);
  if (!person) return store.finishErasureOf(customerId);
  const erased = [person.customer, ...person.merged];
  const { leftBehind, ...elsewhere } = await mentionsElsewhere(store, person);
  const items = [...person.items, ...leftBehind];
  const record: ErasureRecord = {
    erasureId: `er_${randomUUID()}`,
    at: clock.now().toISOString(),
    by,
    subjectHash: createHash('sha256').update(person.customer.customerId).digest('hex'),
    customers: erased.length,
    identities: person.identities.length,
    items: items.length,
  };
  return store.erase({ customers: erased, identities: person.identities, items, suggestions: person.suggestions, ...elsewhere, record });
}
