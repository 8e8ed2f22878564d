/** The ErasureStore part of the store contract: erasing a person leaves nothing of it. */
import { describe, expect, it } from 'vitest';
import type { ErasureStore } from '../../../shared/cases/ports.ts';
import { collectPerson, eraseCustomer } from '../../../shared/cases/erasure.ts';
import { CustomerErasedError, InvalidCursorError, type Store } from '../../../shared/ports.ts';
import { commitOf, customer, record } from '../../support/records.ts';

export function erasureStoreContract(name: string, makeStore: () => Promise<Store & ErasureStore>) {
  describe(`ErasureStore contract: ${name}`, () => {
    it('erases a person: customers, identities, items and every index entry; the erasure record stays', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_e', '2026-10-01T00:00:00.000Z', ['email:e@example.com']));
      await store.createCustomer(customer('cus_k', '2026-10-01T00:00:00.000Z', ['email:k@example.com']));
      await store.claimIdentity('email:e@example.com', 'cus_e');
      await store.claimIdentity('email:k@example.com', 'cus_k');
      const erased = record({ customerId: 'cus_e', receivedAt: '2026-10-01T01:00:00.000Z', identities: ['email:e@example.com'], classification: { ...record({ customerId: 'x', receivedAt: '2026-10-01T00:00:00.000Z' }).classification, urgent: true } });
      const kept = record({ customerId: 'cus_k', receivedAt: '2026-10-01T02:00:00.000Z', identities: ['email:k@example.com'] });
      await store.commitFeedback({ ...commitOf(erased), derive: () => ({ aggregateDeltas: { total: 1 }, atRisk: { customerId: 'cus_e', day: '2026-10-01', negativesLastWeek: 3, reason: 'repeated_negative', feedbackId: erased.feedbackId } }) });
      await store.commitFeedback(commitOf(kept));
      await store.createCustomer(customer('cus_m', '2026-10-01T00:00:00.000Z', ['phone:+8613900139000']));
      const merged = await store.beginMerge({ survivorId: 'cus_e', absorbedId: 'cus_m', mergedAt: '2026-10-01T03:00:00.000Z', by: 'processor', reason: 'test' });
      const suggestion = { suggestionId: 'sug_1', customerId: 'cus_k', otherCustomerId: 'cus_e', identity: 'email:e@example.com', feedbackId: kept.feedbackId, createdAt: '2026-10-01T04:00:00.000Z', status: 'open' as const };
      expect(await store.suggestMerge(suggestion)).toBe(true);
      expect(await store.suggestMerge({ ...suggestion, createdAt: '2026-10-01T05:00:00.000Z' })).toBe(false);
      expect(await store.mergeSuggestionsOf('cus_k')).toEqual([suggestion]);
      expect(await store.mergeSuggestionsOf('cus_e')).toEqual([suggestion]);
      expect(await store.mergeSuggestionsQuoting('email:e@example.com')).toEqual([suggestion]);
      expect(await store.mergeSuggestionsQuoting('email:k@example.com')).toEqual([]);
      const plan = {
        customers: [(await store.getCustomer('cus_e'))!, (await store.getCustomer('cus_m'))!],
        identities: ['email:e@example.com'],
        items: [erased],
        suggestions: [suggestion],
        claimsAbout: [],
        suggestionsNaming: [],
        profilesListing: [],
        mergesListing: [],
        record: { erasureId: 'er_1', at: '2026-10-02T00:00:00.000Z', by: 'admin', subjectHash: 'a'.repeat(64), customers: 1, identities: 1, items: 1 },
      };
      await store.erase(plan);
      await store.erase(plan);
      expect(await store.getCustomer('cus_e')).toBeUndefined();
      expect(await store.getCustomer('cus_m')).toBeUndefined();
      expect(merged).toMatchObject({ status: 'started' });
      expect(await store.listMerges('cus_e')).toEqual([]);
      expect(await store.listMerges('cus_m')).toEqual([]);
      expect(await store.getMergeSuggestion('sug_1')).toBeUndefined();
      expect(await store.mergeSuggestionsOf('cus_k')).toEqual([]);
      expect(await store.mergeSuggestionsQuoting('email:e@example.com')).toEqual([]);
      expect((await store.listMergeSuggestions('open', { limit: 10 })).items).toEqual([]);
      expect(await store.getIdentityOwner('email:e@example.com')).toBeUndefined();
      expect(await store.getFeedback(erased.feedbackId)).toBeUndefined();
      // The id stays, so that a redelivery of the erased message is a duplicate, not the person back.
      expect(await store.isKnownFeedback(erased.feedbackId)).toBe(true);
      expect(await store.isKnownFeedback(kept.feedbackId)).toBe(true);
      expect(await store.isKnownFeedback('fb_never_seen')).toBe(false);
      expect((await store.listTimeline('cus_e', { limit: 5 })).items).toEqual([]);
      expect((await store.listWorkQueue({ filter: {}, limit: 10 })).items.map((i) => i.feedbackId)).toEqual([kept.feedbackId]);
      expect((await store.listByComplaintType('delivery', ['2026-10-01'], 10)).map((i) => i.feedbackId)).toEqual([kept.feedbackId]);
      expect(await store.listUrgent('open', { from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z' }, 10)).toEqual([]);
      expect(await store.listAtRisk(['2026-10-01'], 10)).toEqual([]);
      expect(await store.getIdentityOwner('email:k@example.com')).toBe('cus_k');
      expect((await store.getDailyCounters(['2026-10-01'])).get('2026-10-01')).toEqual({ total: 2 });
      expect((await store.listErasures({ limit: 10 })).items.map((e) => e.erasureId)).toEqual(['er_1']);
    });

    it('erases the items an undo had yet to hand back when an erasure took its merge: each goes with every index entry, its id stays known, the survivor keeps its own', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_s', '2026-10-01T00:00:00.000Z', ['email:s@example.com']));
      const urgent = { ...record({ customerId: 'x', receivedAt: '2026-10-01T00:00:00.000Z' }).classification, urgent: true };
      const left = record({ customerId: 'cus_s', receivedAt: '2026-10-01T01:00:00.000Z', identities: ['erased:phone'], mergedVia: ['mrg_gone'], classification: urgent });
      const own = record({ customerId: 'cus_s', receivedAt: '2026-10-01T02:00:00.000Z', identities: ['email:s@example.com'] });
      await store.commitFeedback({ ...commitOf(left), derive: () => ({ aggregateDeltas: { total: 1 } }) });
      await store.commitFeedback({ ...commitOf(own), derive: () => ({ aggregateDeltas: { total: 1 } }) });

      await store.eraseLeftBehind('mrg_gone', [left]);
      await store.eraseLeftBehind('mrg_gone', [left]);
      expect(await store.getFeedback(left.feedbackId)).toBeUndefined();
      expect(await store.isKnownFeedback(left.feedbackId)).toBe(true);
      expect((await store.listTimeline('cus_s', { limit: 5 })).items.map((i) => i.feedbackId)).toEqual([own.feedbackId]);
      expect((await store.listWorkQueue({ filter: {}, limit: 10 })).items.map((i) => i.feedbackId)).toEqual([own.feedbackId]);
      expect((await store.listByComplaintType('delivery', ['2026-10-01'], 10)).map((i) => i.feedbackId)).toEqual([own.feedbackId]);
      expect(await store.listUrgent('open', { from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z' }, 10)).toEqual([]);
      expect(await store.getCustomer('cus_s')).toBeDefined();
      expect((await store.getDailyCounters(['2026-10-01'])).get('2026-10-01')).toEqual({ total: 2 });
    });

    it("erases a message of the person that committed after the erasure's plan was read, and the identity it claimed; a message committing later goes with the person (CustomerErasedError)", async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_e', '2026-10-01T00:00:00.000Z', []));
      await store.claimIdentity('phone:+8613800138001', 'cus_e');
      const first = record({ customerId: 'cus_e', receivedAt: '2026-10-01T01:00:00.000Z', identities: ['phone:+8613800138001'] });
      await store.commitFeedback(commitOf(first));
      const plan = await collectPlan(store, 'cus_e');
      // Meanwhile the person writes again, from a new address too.
      await store.claimIdentity('email:late@example.com', 'cus_e');
      const late = record({ customerId: 'cus_e', receivedAt: '2026-10-01T02:00:00.000Z', identities: ['phone:+8613800138001', 'email:late@example.com'], status: 'open' });
      await store.commitFeedback(commitOf(late));
      await store.erase(plan);
      expect(await store.getFeedback(late.feedbackId)).toBeUndefined();
      expect(await store.isKnownFeedback(late.feedbackId)).toBe(true);
      expect((await store.listTimeline('cus_e', { limit: 5 })).items).toEqual([]);
      expect((await store.listWorkQueue({ filter: {}, limit: 10 })).items).toEqual([]);
      expect(await store.getIdentityOwner('email:late@example.com')).toBeUndefined();
      expect(await store.getIdentityOwner('phone:+8613800138001')).toBeUndefined();
      const later = record({ customerId: 'cus_e', receivedAt: '2026-10-01T03:00:00.000Z', identities: ['phone:+8613800138001'] });
      await expect(store.commitFeedback(commitOf(later))).rejects.toBeInstanceOf(CustomerErasedError);
    });

    it('lists erasures oldest first a page at a time, never the whole log: each page at most `limit`, a cursor while more follow', async () => {
      const store = await makeStore();
      const empty = { customers: [], identities: [], items: [], suggestions: [], claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [] };
      const times = ['2026-10-03T00:00:00.000Z', '2026-10-01T00:00:00.000Z', '2026-10-02T00:00:00.000Z', '2026-10-02T00:00:00.000Z', '2026-10-05T00:00:00.000Z'];
      for (const [index, at] of times.entries()) {
        await store.erase({ ...empty, record: { erasureId: `er_${index}`, at, by: 'admin', subjectHash: String(index).repeat(64), customers: 1, identities: 0, items: 0 } });
      }
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listErasures({ limit: 2, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(2);
        pages.push(page.items.map((e) => e.erasureId));
        cursor = page.nextCursor;
      } while (cursor && pages.length < 5);
      expect(pages.flat()).toEqual(['er_1', 'er_2', 'er_3', 'er_0', 'er_4']);
      expect(pages.length).toBeLessThanOrEqual(4);
      await expect(store.listErasures({ limit: 2, cursor: 'not-a-cursor' })).rejects.toThrow(InvalidCursorError);
    });

    it("replaces the erased person's identities in another customer's items and in suggestions between others with the marker it is given, keeping that customer's words", async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_gone', '2026-10-01T00:00:00.000Z', ['phone:+8613900139000']));
      await store.createCustomer(customer('cus_friend', '2026-10-01T00:00:00.000Z', ['email:f@example.com']));
      const gone = record({ customerId: 'cus_gone', receivedAt: '2026-10-01T01:00:00.000Z', identities: ['phone:+8613900139000'] });
      const naming = record({ customerId: 'cus_friend', receivedAt: '2026-10-01T02:00:00.000Z', identities: ['email:f@example.com', 'phone:+8613900139000'], text: '替朋友反映：快递太慢' });
      await store.commitFeedback(commitOf(gone));
      await store.commitFeedback(commitOf(naming));
      // Two friends who both typed the phone: their suggestion quotes it, and outlives the person.
      const between = { suggestionId: 'sug_friends', customerId: 'cus_friend', otherCustomerId: 'cus_other', identity: 'phone:+8613900139000', feedbackId: naming.feedbackId, createdAt: '2026-10-01T02:00:00.000Z', status: 'open' as const };
      await store.suggestMerge(between);
      // A friend who had typed it, merged away into another customer: its profile and the merge list it.
      // The holder had typed it too: the merge's snapshot of the survivor's identities lists it.
      await store.createCustomer(customer('cus_holder', '2026-09-30T00:00:00.000Z', ['email:h@example.com', 'phone:+8613900139000']));
      await store.createCustomer(customer('cus_typed', '2026-10-01T00:00:00.000Z', ['email:t@example.com', 'phone:+8613900139000']));
      const carried = await store.beginMerge({ survivorId: 'cus_holder', absorbedId: 'cus_typed', mergedAt: '2026-10-01T05:00:00.000Z', by: 'admin', reason: 'accepted' });
      expect(carried).toMatchObject({ status: 'started' });
      const [merge] = await store.listMerges('cus_typed');
      expect(merge!.survivorIdentities).toContain('phone:+8613900139000');
      const mergeKept = { ...merge!, absorbedIdentities: ['email:t@example.com'], survivorIdentities: ['email:h@example.com'] };
      const plan = {
        customers: [(await store.getCustomer('cus_gone'))!],
        identities: ['phone:+8613900139000'],
        items: [gone],
        suggestions: [],
        claimsAbout: [{ feedbackId: naming.feedbackId, identities: ['email:f@example.com', 'erased:phone'] }],
        suggestionsNaming: [{ suggestionId: 'sug_friends', identity: 'erased:phone', quoted: 'phone:+8613900139000' }, { suggestionId: 'sug_gone_since', identity: 'erased:phone', quoted: 'phone:+8613900139000' }],
        profilesListing: [{ customerId: 'cus_typed', identities: ['phone:+8613900139000'] }, { customerId: 'cus_holder', identities: ['phone:+8613900139000'] }, { customerId: 'cus_gone_since', identities: ['phone:+8613900139000'] }],
        mergesListing: [mergeKept, { ...mergeKept, mergeId: 'mrg_gone_since' }],
        record: { erasureId: 'er_2', at: '2026-10-02T00:00:00.000Z', by: 'admin', subjectHash: 'b'.repeat(64), customers: 1, identities: 1, items: 1 },
      };
      await store.erase(plan);
      await store.erase(plan);
      const kept = await store.getFeedback(naming.feedbackId);
      expect(kept).toEqual({ ...naming, identities: ['email:f@example.com', 'erased:phone'] });
      expect((await store.listTimeline('cus_friend', { limit: 5 })).items).toEqual([kept]);
      expect((await store.listWorkQueue({ filter: {}, limit: 10 })).items).toEqual([kept]);
      expect(await store.listByComplaintType('delivery', ['2026-10-01'], 10)).toEqual([kept]);
      expect(await store.getMergeSuggestion('sug_friends')).toEqual({ ...between, identity: 'erased:phone' });
      expect((await store.listMergeSuggestions('open', { limit: 10 })).items).toEqual([{ ...between, identity: 'erased:phone' }]);
      expect(await store.getMergeSuggestion('sug_gone_since')).toBeUndefined();
      // Still listed under both customers, no longer under the erased phone.
      expect(await store.mergeSuggestionsOf('cus_other')).toEqual([{ ...between, identity: 'erased:phone' }]);
      expect(await store.mergeSuggestionsQuoting('phone:+8613900139000')).toEqual([]);
      expect((await store.getCustomer('cus_typed'))?.identities).toEqual(['email:t@example.com']);
      expect(await store.getCustomer('cus_gone_since')).toBeUndefined();
      expect(await store.getMerge(merge!.mergeId)).toEqual(mergeKept);
      expect(await store.listMerges('cus_holder')).toEqual([mergeKept]);
      expect(await store.listMerges('cus_typed')).toEqual([mergeKept]);
      expect(await store.getMerge('mrg_gone_since')).toBeUndefined();
    });

    it("leaves no trace of the erased customers' ids in a partner's separatedFrom, survivor or absorbed, merged away or not", async () => {
      const store = await makeStore();
      const at = '2026-10-01T03:00:00.000Z';
      for (const id of ['cus_person', 'cus_partner', 'cus_absorbed', 'cus_other', 'cus_later', 'cus_kept']) {
        await store.createCustomer(customer(id, '2026-10-01T00:00:00.000Z', [`email:${id}@example.com`]));
        await store.claimIdentity(`email:${id}@example.com`, id);
      }
      const separate = async (survivorId: string, absorbedId: string) => {
        const started = await store.beginMerge({ survivorId, absorbedId, mergedAt: at, by: 'agent-li', reason: 'looked alike' });
        expect((await store.undoMerge({ mergeId: (started as { mergeId: string }).mergeId, at, by: 'agent-li' })).status).toBe('undone');
      };
      // The person was the survivor of one undone merge and the absorbed of another; a customer it
      // absorbed for good had been separated from a third, later merged away into a fourth.
      await separate('cus_person', 'cus_partner');
      await separate('cus_other', 'cus_person');
      await separate('cus_absorbed', 'cus_later');
      await separate('cus_partner', 'cus_kept');
      expect(await store.beginMerge({ survivorId: 'cus_other', absorbedId: 'cus_later', mergedAt: at, by: 'agent-li', reason: 'one person' })).toMatchObject({ status: 'started' });
      expect(await store.beginMerge({ survivorId: 'cus_person', absorbedId: 'cus_absorbed', mergedAt: at, by: 'agent-li', reason: 'one person' })).toMatchObject({ status: 'started' });
      await eraseCustomer({ store, clock: { now: () => new Date('2026-10-02T00:00:00.000Z') } }, 'cus_person', 'admin');
      expect(await store.getCustomer('cus_absorbed')).toBeUndefined();
      expect((await store.getCustomer('cus_partner'))!.separatedFrom).toEqual(['cus_kept']);
      for (const id of ['cus_other', 'cus_later']) expect((await store.getCustomer(id))!.separatedFrom).toBeUndefined();
    });

    it("takes the person's identity out of customers a person removed it from before: their record of identity changes, their merges and the profiles those went into", async () => {
      const store = await makeStore();
      const change = (customerId: string, identity: string, at: string) => ({ customerId, identity, at, by: 'agent-li', reason: 'typed by the customer' });
      for (const id of ['cus_sam', 'cus_tom', 'cus_once']) {
        await store.createCustomer(customer(id, '2026-10-01T00:00:00.000Z', [`email:${id}@example.com`]));
        await store.claimIdentity(`email:${id}@example.com`, id);
      }
      // Tom was given Pat's address, Sam then merged Tom in, and a person took the address away from Sam; another customer held it once too.
      expect((await store.addIdentity(change('cus_tom', 'email:pat@example.com', '2026-10-01T01:00:00.000Z'))).status).toBe('added');
      const merged = (await store.beginMerge({ survivorId: 'cus_sam', absorbedId: 'cus_tom', mergedAt: '2026-10-01T02:00:00.000Z', by: 'agent-li', reason: 'one person' })) as { mergeId: string };
      // As the merge's completion re-points the absorbed customer's identities.
      for (const identity of ['email:cus_tom@example.com', 'email:pat@example.com']) await store.pointIdentity(identity, 'cus_sam', true);
      expect((await store.removeIdentity(change('cus_sam', 'email:pat@example.com', '2026-10-01T03:00:00.000Z'))).status).toBe('removed');
      expect((await store.addIdentity(change('cus_once', 'email:pat@example.com', '2026-10-01T04:00:00.000Z'))).status).toBe('added');
      expect((await store.removeIdentity(change('cus_once', 'email:pat@example.com', '2026-10-01T05:00:00.000Z'))).status).toBe('removed');
      expect(await store.formerHoldersOf('email:pat@example.com')).toEqual(expect.arrayContaining(['cus_sam', 'cus_once']));
      // Pat writes in, and is erased.
      await store.createCustomer(customer('cus_pat', '2026-10-01T06:00:00.000Z', []));
      await store.claimIdentity('email:pat@example.com', 'cus_pat');
      await store.commitFeedback(commitOf(record({ customerId: 'cus_pat', receivedAt: '2026-10-01T06:00:00.000Z', identities: ['email:pat@example.com'] })));
      await eraseCustomer({ store, clock: { now: () => new Date('2026-10-02T00:00:00.000Z') } }, 'cus_pat', 'admin');
      const kept = JSON.stringify([await store.getCustomer('cus_sam'), await store.getCustomer('cus_tom'), await store.getCustomer('cus_once'), await store.getMerge(merged.mergeId), await store.listMerges('cus_sam')]);
      expect(kept).not.toContain('pat@example.com');
      expect((await store.getCustomer('cus_once'))!.identityChanges!.map((c) => [c.identity, c.change])).toEqual([['erased:email', 'added'], ['erased:email', 'removed']]);
      expect(await store.formerHoldersOf('email:pat@example.com')).toEqual([]);
    });
  });
}

/** The plan eraseCustomer would hand the store, read now. */
async function collectPlan(store: Store & ErasureStore, customerId: string) {
  const person = (await collectPerson(store, customerId))!;
  return {
    customers: [person.customer, ...person.merged],
    identities: person.identities,
    items: person.items,
    suggestions: person.suggestions,
    claimsAbout: [],
    suggestionsNaming: [],
    profilesListing: [],
    mergesListing: [],
    record: { erasureId: 'er_late', at: '2026-10-02T00:00:00.000Z', by: 'admin', subjectHash: 'b'.repeat(64), customers: 1, identities: person.identities.length, items: person.items.length },
  };
}
