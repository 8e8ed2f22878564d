/** The IdentityStore part of the store contract: identities, customers and merges. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../shared/ports.ts';
import { commitOf, customer, record } from '../../support/records.ts';

export function identityStoreContract(name: string, makeStore: () => Promise<Store>) {
  describe(`IdentityStore contract: ${name}`, () => {
    it('hands an identity to its first claimant and keeps it there', async () => {
      const store = await makeStore();
      expect(await store.claimIdentity('email:a@example.com', 'cus_a')).toBe('cus_a');
      expect(await store.claimIdentity('email:a@example.com', 'cus_b')).toBe('cus_a');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_a');
      await store.pointIdentity('email:a@example.com', 'cus_b');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_b');
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBeUndefined();
    });

    it('records whether a claim or a pointing was verified, for the customer it leads to only', async () => {
      const store = await makeStore();
      await store.claimIdentity('phone:+8613800138000', 'cus_a', true);
      await store.claimIdentity('email:a@example.com', 'cus_a');
      expect(await store.claimIdentity('phone:+8613800138000', 'cus_b')).toBe('cus_a');
      expect(await store.isClaimedVerified('phone:+8613800138000', 'cus_a')).toBe(true);
      expect(await store.isClaimedVerified('phone:+8613800138000', 'cus_b')).toBe(false);
      expect(await store.isClaimedVerified('email:a@example.com', 'cus_a')).toBe(false);
      await store.pointIdentity('phone:+8613800138000', 'cus_b');
      expect(await store.isClaimedVerified('phone:+8613800138000', 'cus_b')).toBe(false);
      await store.pointIdentity('email:a@example.com', 'cus_a', true);
      expect(await store.isClaimedVerified('email:a@example.com', 'cus_a')).toBe(true);
      expect(await store.isClaimedVerified('wechat:oNobody', 'cus_a')).toBe(false);
    });

    it('creates a customer once', async () => {
      const store = await makeStore();
      expect(await store.createCustomer(customer('cus_a', '2026-01-01T00:00:00.000Z'))).toBe(true);
      expect(await store.createCustomer(customer('cus_a', '2026-02-01T00:00:00.000Z'))).toBe(false);
      expect((await store.getCustomer('cus_a'))?.firstSeen).toBe('2026-01-01T00:00:00.000Z');
      expect(await store.getCustomer('cus_missing')).toBeUndefined();
    });

    it('merges a customer once, folding identities, counts and first/last seen into the survivor', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer({ ...customer('cus_new', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']), counts: { total: 2, 'channel.sms': 2 } });
      await store.commitFeedback({
        ...commitOf(record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z', identities: ['phone:+8613800138000'] })),
        customer: { customerId: 'cus_new', addIdentities: [], seenAt: '2026-06-03T12:00:00.000Z', countDeltas: { total: 1, 'channel.sms': 1 } },
      });
      const request = { survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-04T00:00:00.000Z', by: 'processor', reason: 'test', causeFeedbackId: 'fb_00000000000000000000000000' };
      const started = await store.beginMerge(request);
      expect(started).toEqual({ status: 'started', mergeId: expect.stringMatching(/^mrg_[0-9a-z]{26}$/) });
      const merge = {
        ...request,
        mergeId: started.status === 'started' ? started.mergeId : '',
        absorbedIdentities: ['phone:+8613800138000'],
        absorbedVerifiedIdentities: [],
        absorbedCounts: { total: 3, 'channel.sms': 3 },
        absorbedFirstSeen: '2026-06-03T00:00:00.000Z',
        absorbedLastSeen: '2026-06-03T12:00:00.000Z',
        survivorFirstSeen: '2026-06-01T00:00:00.000Z',
        survivorLastSeen: '2026-06-01T00:00:00.000Z',
        survivorIdentities: ['email:a@example.com'],
      };
      expect(await store.beginMerge({ ...request, mergedAt: '2026-06-05T00:00:00.000Z' })).toEqual({ status: 'already' });
      const survivor = await store.getCustomer('cus_old');
      expect(survivor?.identities).toEqual(['email:a@example.com', 'phone:+8613800138000']);
      // The snapshot is taken at merge time: it includes the item committed just before.
      expect(survivor?.counts).toEqual({ total: 3, 'channel.sms': 3 });
      expect(survivor?.lastSeen).toBe('2026-06-03T12:00:00.000Z');
      expect(survivor?.pendingMerges).toEqual(['cus_new']);
      expect((await store.getCustomer('cus_new'))?.mergedInto).toBe('cus_old');
      await store.finishMerge('cus_old', 'cus_new');
      expect((await store.getCustomer('cus_old'))?.pendingMerges ?? []).toEqual([]);
      expect(await store.listMerges('cus_old')).toEqual([merge]);
      expect(await store.listMerges('cus_new')).toEqual([merge]);
      expect(await store.getMerge(merge.mergeId)).toEqual(merge);
      expect(await store.listMerges('cus_other')).toEqual([]);
    });

    it('undoes a merge exactly once, giving back identities (their owners too), verified identities, counts and first/last seen', async () => {
      const store = await makeStore();
      await store.createCustomer({ ...customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']), counts: { total: 1, 'channel.email': 1 } });
      await store.createCustomer({ ...customer('cus_new', '2026-06-03T00:00:00.000Z'), counts: {} });
      const item = record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z', identities: ['phone:+8613800138000'] });
      await store.commitFeedback({
        ...commitOf(item),
        customer: { customerId: 'cus_new', addIdentities: ['phone:+8613800138000'], addVerifiedIdentities: ['phone:+8613800138000'], seenAt: item.receivedAt, countDeltas: { total: 1, 'channel.sms': 1 } },
      });
      const before = { old: await store.getCustomer('cus_old'), new: await store.getCustomer('cus_new') };
      const started = await store.beginMerge({ survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-04T00:00:00.000Z', by: 'key_1', reason: 'same person' });
      if (started.status !== 'started') throw new Error('merge did not start');
      expect((await store.getCustomer('cus_old'))?.verifiedIdentities).toEqual(['phone:+8613800138000']);
      await store.pointIdentity('phone:+8613800138000', 'cus_old');
      await store.finishMerge('cus_old', 'cus_new');
      const undo = { mergeId: started.mergeId, at: '2026-06-05T00:00:00.000Z', by: 'key_2' };
      expect(await store.undoMerge(undo)).toMatchObject({ status: 'undone', merge: { mergeId: started.mergeId, undoneAt: undo.at, undoneBy: 'key_2' } });
      // In the same step: a message resolved right after must not find the identity leading to a customer that no longer holds it.
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBe('cus_new');
      // Pending until the items are handed back: a process stopped before that leaves the mark for the next start to finish it by.
      expect((await store.getCustomer('cus_old'))?.pendingUndos).toEqual([started.mergeId]);
      await store.finishUndo('cus_old', started.mergeId);
      expect((await store.getCustomer('cus_old'))?.pendingUndos).toBeUndefined();
      expect(await store.undoMerge(undo)).toMatchObject({ status: 'already' });
      expect((await store.getMerge(started.mergeId))?.undoneWith).toBeUndefined();
      expect(await store.undoMerge({ ...undo, mergeId: 'mrg_00000000000000000000000000' })).toEqual({ status: 'not_found' });
      const after = { old: await store.getCustomer('cus_old'), new: await store.getCustomer('cus_new') };
      const comparable = (c: typeof before.old) => ({ ...c!, counts: Object.fromEntries(Object.entries(c!.counts).filter(([, v]) => v !== 0)), separatedFrom: undefined, verifiedIdentities: c!.verifiedIdentities ?? [] });
      expect(comparable(after.old)).toEqual(comparable(before.old));
      expect(comparable(after.new)).toEqual(comparable(before.new));
      expect([after.old?.separatedFrom, after.new?.separatedFrom]).toEqual([['cus_new'], ['cus_old']]);
      expect((await store.listMerges('cus_new'))[0]).toMatchObject({ undoneAt: undo.at, undoneBy: 'key_2' });
    });

    it("undone, the absorbed customer lists only the identities that lead back to it: one a verified sender took over while merged stays with that sender", async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_s', '2026-06-01T00:00:00.000Z', ['email:s@example.com']));
      await store.createCustomer(customer('cus_a', '2026-06-02T00:00:00.000Z', ['phone:+8613800138000', 'email:a@example.com']));
      await store.createCustomer(customer('cus_n', '2026-06-04T00:00:00.000Z'));
      for (const [identity, owner] of [['email:s@example.com', 'cus_s'], ['phone:+8613800138000', 'cus_a'], ['email:a@example.com', 'cus_a']]) await store.claimIdentity(identity!, owner!);
      const started = await store.beginMerge({ survivorId: 'cus_s', absorbedId: 'cus_a', mergedAt: '2026-06-03T00:00:00.000Z', by: 'key_1', reason: 'looked alike' });
      if (started.status !== 'started') throw new Error('merge did not start');
      await store.pointIdentity('phone:+8613800138000', 'cus_s');
      await store.pointIdentity('email:a@example.com', 'cus_s');
      await store.finishMerge('cus_s', 'cus_a');
      // The phone's real owner writes, verified: the claim the merge folded in loses to it.
      await store.pointIdentity('phone:+8613800138000', 'cus_n');
      await store.releaseIdentity('phone:+8613800138000', 'cus_s');
      // Undone as part of another merge's undo: the merge names it, whatever time a retry gives.
      expect((await store.undoMerge({ mergeId: started.mergeId, at: '2026-06-05T00:00:00.000Z', by: 'key_2', with: 'mrg_leader' })).status).toBe('undone');
      expect(await store.getMerge(started.mergeId)).toMatchObject({ undoneAt: '2026-06-05T00:00:00.000Z', undoneBy: 'key_2', undoneWith: 'mrg_leader' });
      expect(await store.listMerges('cus_a')).toMatchObject([{ undoneWith: 'mrg_leader' }]);
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBe('cus_n');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_a');
      expect((await store.getCustomer('cus_a'))?.identities).toEqual(['email:a@example.com']);
      expect((await store.getCustomer('cus_s'))?.identities).toEqual(['email:s@example.com']);
    });

    it('refuses to undo a merge whose survivor was merged into a third customer since', async () => {
      const store = await makeStore();
      for (const [id, at] of [['cus_a', '2026-06-01'], ['cus_b', '2026-06-02'], ['cus_c', '2026-05-01']] as const) await store.createCustomer(customer(id, `${at}T00:00:00.000Z`));
      const first = await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-06-03T00:00:00.000Z', by: 'processor', reason: 'test' });
      await store.beginMerge({ survivorId: 'cus_c', absorbedId: 'cus_a', mergedAt: '2026-06-04T00:00:00.000Z', by: 'processor', reason: 'test' });
      if (first.status !== 'started') throw new Error('merge did not start');
      expect(await store.undoMerge({ mergeId: first.mergeId, at: '2026-06-05T00:00:00.000Z', by: 'key_1' })).toEqual({ status: 'survivor_merged', into: 'cus_c' });
    });

    it('releases an identity from a profile', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-06-01T00:00:00.000Z', ['email:a@example.com', 'phone:+8613800138000']));
      await store.releaseIdentity('email:a@example.com', 'cus_a');
      expect((await store.getCustomer('cus_a'))?.identities).toEqual(['phone:+8613800138000']);
    });

    it('answers a profile\'s identities in one order whatever order they came in, and a merge keeps them so', async () => {
      // DynamoDB keeps them as string sets, which have no order: what reads "the first phone" (a
      // digest's contact) or lists a merged customer's identities must see the same on either store.
      const store = await makeStore();
      await store.createCustomer(customer('cus_a', '2026-06-01T00:00:00.000Z', ['phone:+8613800138002', 'email:z@example.com']));
      await store.createCustomer(customer('cus_b', '2026-06-02T00:00:00.000Z', ['wechat:oB']));
      await store.commitFeedback({
        ...commitOf(record({ customerId: 'cus_a', receivedAt: '2026-06-03T12:00:00.000Z', identities: ['wechat:oA', 'phone:+8613800138001'] })),
        customer: { customerId: 'cus_a', addIdentities: ['wechat:oA', 'phone:+8613800138001'], addVerifiedIdentities: ['wechat:oA', 'phone:+8613800138001'], seenAt: '2026-06-03T12:00:00.000Z', countDeltas: { total: 1 } },
      });
      const sorted = ['email:z@example.com', 'phone:+8613800138001', 'phone:+8613800138002', 'wechat:oA'];
      expect((await store.getCustomer('cus_a'))?.identities).toEqual(sorted);
      expect((await store.getCustomer('cus_a'))?.verifiedIdentities).toEqual(['phone:+8613800138001', 'wechat:oA']);
      const started = await store.beginMerge({ survivorId: 'cus_b', absorbedId: 'cus_a', mergedAt: '2026-06-04T00:00:00.000Z', by: 'key_1', reason: 'test' });
      if (started.status !== 'started') throw new Error('merge did not start');
      const merge = await store.getMerge(started.mergeId);
      expect(merge?.absorbedIdentities).toEqual(sorted);
      expect(merge?.absorbedVerifiedIdentities).toEqual(['phone:+8613800138001', 'wechat:oA']);
      expect((await store.getCustomer('cus_b'))?.identities).toEqual([...sorted, 'wechat:oB']);
    });

    it('records a merge suggestion once, lists it by status newest first and decides it once', async () => {
      const store = await makeStore();
      const suggestion = (n: number) => ({
        suggestionId: `sug_${String(n).padStart(26, '0')}`,
        customerId: 'cus_a',
        otherCustomerId: `cus_${n}`,
        identity: 'email:victim@example.com',
        feedbackId: 'fb_00000000000000000000000000',
        createdAt: `2026-06-0${n}T00:00:00.000Z`,
        status: 'open' as const,
      });
      for (const n of [1, 2, 3]) expect(await store.suggestMerge(suggestion(n))).toBe(true);
      expect(await store.suggestMerge({ ...suggestion(1), createdAt: '2026-06-09T00:00:00.000Z' })).toBe(false);
      const first = await store.listMergeSuggestions('open', { limit: 2 });
      const second = await store.listMergeSuggestions('open', { limit: 2, cursor: first.nextCursor });
      expect([...first.items, ...second.items].map((s) => s.otherCustomerId)).toEqual(['cus_3', 'cus_2', 'cus_1']);
      expect(second.nextCursor).toBeUndefined();
      const decision = { suggestionId: suggestion(2).suggestionId, status: 'dismissed' as const, at: '2026-06-10T00:00:00.000Z', by: 'key_1' };
      expect(await store.decideMergeSuggestion(decision)).toEqual({ ...suggestion(2), status: 'dismissed', decidedAt: decision.at, decidedBy: 'key_1' });
      expect(await store.decideMergeSuggestion({ ...decision, status: 'accepted' })).toBe('conflict');
      expect(await store.decideMergeSuggestion({ ...decision, suggestionId: `sug_${'9'.repeat(26)}` })).toBeUndefined();
      expect((await store.listMergeSuggestions('open', { limit: 5 })).items.map((s) => s.otherCustomerId)).toEqual(['cus_3', 'cus_1']);
      expect((await store.listMergeSuggestions('dismissed', { limit: 5 })).items.map((s) => s.otherCustomerId)).toEqual(['cus_2']);
      expect(await store.getMergeSuggestion(suggestion(2).suggestionId)).toMatchObject({ status: 'dismissed' });

      // Accepted before its merge is made: the merge's id comes later, once, and changes nothing else.
      const accept = { suggestionId: suggestion(3).suggestionId, status: 'accepted' as const, at: '2026-06-11T00:00:00.000Z', by: 'key_2' };
      expect(await store.decideMergeSuggestion(accept)).toEqual({ ...suggestion(3), status: 'accepted', decidedAt: accept.at, decidedBy: 'key_2' });
      expect(await store.decideMergeSuggestion({ ...accept, status: 'dismissed' })).toBe('conflict');
      const filled = { ...suggestion(3), status: 'accepted', decidedAt: accept.at, decidedBy: 'key_2', mergeId: 'mrg_1' };
      expect(await store.decideMergeSuggestion({ ...accept, at: '2026-06-12T00:00:00.000Z', by: 'processor', mergeId: 'mrg_1' })).toEqual(filled);
      expect(await store.decideMergeSuggestion({ ...accept, mergeId: 'mrg_2' })).toBe('conflict');
      expect(await store.decideMergeSuggestion({ ...decision, status: 'accepted', mergeId: 'mrg_3' })).toBe('conflict');
      expect(await store.getMergeSuggestion(suggestion(3).suggestionId)).toEqual(filled);
      expect((await store.listMergeSuggestions('accepted', { limit: 5 })).items).toEqual([filled]);
    });
    it('takes a merged-away customer off the new-customer count of the day it was counted on', async () => {
      const store = await makeStore();
      await store.createCustomer(customer('cus_old', '2026-06-01T00:00:00.000Z', ['email:a@example.com']));
      await store.createCustomer(customer('cus_new', '2026-06-03T00:00:00.000Z', ['phone:+8613800138000']));
      const oldest = record({ customerId: 'cus_old', receivedAt: '2026-06-01T12:00:00.000Z' });
      await store.commitFeedback({ ...commitOf(oldest), derive: () => ({ aggregateDeltas: { total: 1, 'customers.new': 1 }, newOnDay: '2026-06-01' }) });
      const first = record({ customerId: 'cus_new', receivedAt: '2026-06-03T12:00:00.000Z' });
      await store.commitFeedback({ ...commitOf(first), derive: () => ({ aggregateDeltas: { total: 1, 'customers.new': 1 }, newOnDay: '2026-06-03' }) });
      const later = record({ customerId: 'cus_new', receivedAt: '2026-06-04T12:00:00.000Z' });
      await store.commitFeedback({ ...commitOf(later), derive: () => ({ aggregateDeltas: { total: 1 }, newOnDay: '2026-06-04' }) });
      expect((await store.getCustomer('cus_new'))?.newOnDay).toBe('2026-06-03');
      const request = { survivorId: 'cus_old', absorbedId: 'cus_new', mergedAt: '2026-06-05T00:00:00.000Z', by: 'processor', reason: 'test', causeFeedbackId: 'fb_00000000000000000000000000' };
      const started = await store.beginMerge(request);
      expect(started.status).toBe('started');
      expect((await store.beginMerge(request)).status).toBe('already');
      // The +1 of the day's new customer and the merge's −1 came in two writes: read as absent, as one write that summed them would be.
      expect((await store.getDailyCounters(['2026-06-03'])).get('2026-06-03')).toEqual({ total: 1 });
      expect((await store.listMerges('cus_old'))[0]?.absorbedNewOnDay).toBe('2026-06-03');
      // Undone, the two are two customers again, each new on its own day.
      const mergeId = (await store.listMerges('cus_old'))[0]!.mergeId;
      expect((await store.undoMerge({ mergeId, at: '2026-06-06T00:00:00.000Z', by: 'test' })).status).toBe('undone');
      expect((await store.getDailyCounters(['2026-06-03'])).get('2026-06-03')).toEqual({ total: 1, 'customers.new': 1 });
    });
  });
}
