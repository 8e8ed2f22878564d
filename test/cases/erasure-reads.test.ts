import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { eraseCustomer } from '../../shared/cases/erasure.ts';
import { suggestionIdFor } from '../../shared/identity/merges.ts';
import type { MergeSuggestion } from '../../shared/model.ts';
import type { Store } from '../../shared/ports.ts';
import { customer } from '../support/records.ts';

const AT = '2026-11-01T00:00:00.000Z';
const OTHER_PAIRS = 120;

/** Counts the merge suggestions an erasure reads from the store, whichever way it asks for them. */
function countingSuggestionReads(local: LocalStore) {
  const read = { requests: 0, suggestions: 0 };
  const counted = Object.create(local) as LocalStore;
  const tally = async (answer: Promise<MergeSuggestion[]>) => {
    const suggestions = await answer;
    read.requests += 1;
    read.suggestions += suggestions.length;
    return suggestions;
  };
  counted.listMergeSuggestions = async (status, query) => {
    const page = await local.listMergeSuggestions(status, query);
    await tally(Promise.resolve(page.items));
    return page;
  };
  counted.mergeSuggestionsOf = (customerId) => tally(local.mergeSuggestionsOf(customerId));
  counted.mergeSuggestionsQuoting = (identity) => tally(local.mergeSuggestionsQuoting(identity));
  return { store: counted as Store & LocalStore, read };
}

function suggestion(customerId: string, otherCustomerId: string, identity: string): MergeSuggestion {
  return { suggestionId: suggestionIdFor(customerId, otherCustomerId), customerId, otherCustomerId, identity, feedbackId: `fb_${customerId}`, createdAt: AT, status: 'open' };
}

describe('erasing a person among many merge suggestions', () => {
  it("reads only the suggestions naming the customers linked to the person or quoting its identities", async () => {
    const local = new LocalStore();
    await local.createCustomer(customer('cus_person', AT, ['phone:+8613800138000']));
    await local.claimIdentity('phone:+8613800138000', 'cus_person');
    await local.createCustomer(customer('cus_friend', AT, ['email:friend@example.com']));
    // The friend typed the person's phone; two others quarrelled over it after the admin removed it from one of them.
    await local.suggestMerge(suggestion('cus_friend', 'cus_person', 'phone:+8613800138000'));
    await local.suggestMerge(suggestion('cus_a', 'cus_b', 'phone:+8613800138000'));
    for (let pair = 0; pair < OTHER_PAIRS; pair += 1) await local.suggestMerge(suggestion(`cus_x${pair}`, `cus_y${pair}`, `email:y${pair}@example.com`));
    const { store, read } = countingSuggestionReads(local);

    const erased = await eraseCustomer({ store, clock: { now: () => new Date('2026-11-02T00:00:00.000Z') } }, 'cus_person', 'admin');

    expect(erased).toMatchObject({ customers: 1, identities: 1 });
    expect(await local.getMergeSuggestion(suggestionIdFor('cus_friend', 'cus_person'))).toBeUndefined();
    expect((await local.getMergeSuggestion(suggestionIdFor('cus_a', 'cus_b')))?.identity).toBe('erased:phone');
    console.log(`merge suggestions read per erasure: ${read.suggestions} in ${read.requests} requests (${OTHER_PAIRS + 2} stored)`);
    // The person's suggestion through its customer, the friend's through the friend (the person's
    // again: it links them), the two quoting its phone through the phone; none of the others.
    expect(read.suggestions).toBe(4);
  });
});
