/** The IdentityStore's changes a person makes through the API: adding and removing one identity, atomically with its record. */
import { describe, expect, it } from 'vitest';
import { CustomerMergedError, type IdentityChangeRequest, type Store } from '../../../shared/ports.ts';
import { IDENTITY_CHANGES_KEPT, MAX_IDENTITIES, MAX_MERGE_CHAIN, MAX_SEPARATIONS } from '../../../shared/identity/bounds.ts';
import { mergeCustomers, suggestionIdFor, undoMerge } from '../../../shared/identity/merges.ts';
import { customer } from '../../support/records.ts';

const AT = '2026-07-01T08:00:00.000Z';
const change = (customerId: string, identity: string, reason = 'confirmed on the phone'): IdentityChangeRequest => ({ customerId, identity, at: AT, by: 'agent-li', reason });

/** A customer as messages make it: each identity claimed for it and listed on its profile. */
async function holding(store: Store, customerId: string, claimed: string[], verified: string[] = []) {
  await store.createCustomer({ ...customer(customerId, '2026-06-01T00:00:00.000Z', [...claimed, ...verified]), ...(verified.length ? { verifiedIdentities: verified } : {}) });
  for (const identity of claimed) await store.claimIdentity(identity, customerId);
  for (const identity of verified) await store.claimIdentity(identity, customerId, true);
}

export function identityChangesContract(name: string, makeStore: () => Promise<Store>) {
  describe(`IdentityStore identity changes: ${name}`, () => {
    it('adds an identity nobody holds, verified, with who, when and why; the same add again changes nothing', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['phone:+8613800138000']);
      const added = await store.addIdentity(change('cus_a', 'email:a@example.com'));
      expect(added.status).toBe('added');
      expect(await store.getIdentityOwner('email:a@example.com')).toBe('cus_a');
      expect(await store.isClaimedVerified('email:a@example.com', 'cus_a')).toBe(true);
      const profile = (await store.getCustomer('cus_a'))!;
      expect(profile.identities.sort()).toEqual(['email:a@example.com', 'phone:+8613800138000']);
      expect(profile.verifiedIdentities).toEqual(['email:a@example.com']);
      expect(profile.identityChanges).toEqual([{ identity: 'email:a@example.com', change: 'added', at: AT, by: 'agent-li', reason: 'confirmed on the phone' }]);
      const again = await store.addIdentity(change('cus_a', 'email:a@example.com'));
      expect(again.status).toBe('unchanged');
      expect((await store.getCustomer('cus_a'))!.identityChanges).toHaveLength(1);
    });

    it("verifies the customer's own claim, and refuses another customer's identity, claimed or verified, moving nothing", async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com']);
      await holding(store, 'cus_b', ['email:b@example.com'], ['phone:+8613900139000']);
      expect((await store.addIdentity(change('cus_a', 'email:a@example.com'))).status).toBe('verified');
      expect((await store.getCustomer('cus_a'))!.verifiedIdentities).toEqual(['email:a@example.com']);
      expect(await store.addIdentity(change('cus_a', 'email:b@example.com'))).toEqual({ status: 'taken', ownerId: 'cus_b' });
      expect(await store.addIdentity(change('cus_a', 'phone:+8613900139000'))).toEqual({ status: 'taken', ownerId: 'cus_b' });
      expect(await store.getIdentityOwner('email:b@example.com')).toBe('cus_b');
      expect((await store.getCustomer('cus_a'))!.identities).toEqual(['email:a@example.com']);
      expect((await store.getCustomer('cus_b'))!.identityChanges).toBeUndefined();
    });

    it('allows several verified emails, phones and openids, one unionid', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', [], ['email:a@example.com', 'wechatunion:uA']);
      expect((await store.addIdentity(change('cus_a', 'email:a2@example.com'))).status).toBe('added');
      expect((await store.addIdentity(change('cus_a', 'wechat:oA1'))).status).toBe('added');
      expect((await store.addIdentity(change('cus_a', 'wechat:oA2'))).status).toBe('added');
      expect(await store.addIdentity(change('cus_a', 'wechatunion:uB'))).toEqual({ status: 'conflicting', identity: 'wechatunion:uA' });
      expect(await store.getIdentityOwner('wechatunion:uB')).toBeUndefined();
    });

    it('of two concurrent adds of one identity to two customers exactly one wins; the other is told who holds it', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['phone:+8613800138000']);
      await holding(store, 'cus_b', ['phone:+8613900139000']);
      const outcomes = await Promise.all([store.addIdentity(change('cus_a', 'email:both@example.com')), store.addIdentity(change('cus_b', 'email:both@example.com'))]);
      const winner = outcomes.findIndex((outcome) => outcome.status === 'added');
      expect(winner).toBeGreaterThanOrEqual(0);
      const [winnerId, loserId] = winner === 0 ? ['cus_a', 'cus_b'] : ['cus_b', 'cus_a'];
      expect(outcomes[1 - winner]).toEqual({ status: 'taken', ownerId: winnerId });
      expect(await store.getIdentityOwner('email:both@example.com')).toBe(winnerId);
      expect((await store.getCustomer(loserId))!.identities).not.toContain('email:both@example.com');
      expect((await store.getCustomer(loserId))!.identityChanges).toBeUndefined();
    });

    it('removes an identity so it leads nowhere, recorded; never the last one unless it is form:', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['phone:+8613800138000'], ['email:a@example.com']);
      await holding(store, 'cus_f', ['form:shop-42']);
      const removed = await store.removeIdentity(change('cus_a', 'email:a@example.com', 'typed by someone else'));
      expect(removed.status).toBe('removed');
      expect(await store.getIdentityOwner('email:a@example.com')).toBeUndefined();
      const profile = (await store.getCustomer('cus_a'))!;
      expect(profile.identities).toEqual(['phone:+8613800138000']);
      expect(profile.verifiedIdentities ?? []).toEqual([]);
      expect(profile.identityChanges).toEqual([{ identity: 'email:a@example.com', change: 'removed', at: AT, by: 'agent-li', reason: 'typed by someone else' }]);
      expect(await store.removeIdentity(change('cus_a', 'email:a@example.com'))).toEqual({ status: 'not_held' });
      expect(await store.removeIdentity(change('cus_a', 'phone:+8613800138000'))).toEqual({ status: 'last_identity' });
      expect(await store.getIdentityOwner('phone:+8613800138000')).toBe('cus_a');
      expect((await store.removeIdentity(change('cus_f', 'form:shop-42'))).status).toBe('removed');
      expect(await store.removeIdentity(change('cus_missing', 'form:shop-42'))).toEqual({ status: 'not_found' });
      expect(await store.addIdentity(change('cus_missing', 'form:shop-42'))).toEqual({ status: 'not_found' });
    });

    it('never removes the last identity a customer merged in brought, nor its own last one: of concurrent removals of both, one is refused', async () => {
      const store = await makeStore();
      await holding(store, 'cus_s', ['email:s@example.com']);
      await holding(store, 'cus_a', ['phone:+8613800138001', 'email:a@example.com']);
      expect(await mergeCustomers(store, { survivorId: 'cus_s', absorbedId: 'cus_a', mergedAt: AT, by: 'agent-li', reason: 'one person' })).toMatchObject({ status: 'merged' });
      // An undo gives cus_a back what it brought: each side keeps one.
      expect(await store.removeIdentity(change('cus_s', 'email:s@example.com'))).toEqual({ status: 'last_identity' });
      const outcomes = await Promise.all([store.removeIdentity(change('cus_s', 'phone:+8613800138001')), store.removeIdentity(change('cus_s', 'email:a@example.com'))]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['last_identity', 'removed']);
      expect((await store.getCustomer('cus_s'))!.identities).toHaveLength(2);
    });

    it('keeps the latest changes and counts the older ones: add/remove cycles of a long email with a long reason never outgrow an item', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['phone:+8613800138000']);
      // 254 characters, the longest address; a 500-character reason in CJK is 1,500 bytes: unbounded, ~110 cycles pass DynamoDB's 400 KB.
      const email = `email:${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
      const reason = '客'.repeat(500);
      const cycles = 150;
      for (let i = 0; i < cycles; i += 1) {
        expect((await store.addIdentity(change('cus_a', email, reason))).status).toBe('added');
        expect((await store.removeIdentity(change('cus_a', email, `${i}:${reason}`))).status).toBe('removed');
      }
      const profile = (await store.getCustomer('cus_a'))!;
      expect(profile.identityChanges).toHaveLength(IDENTITY_CHANGES_KEPT);
      expect(profile.olderIdentityChanges).toBe(2 * cycles - IDENTITY_CHANGES_KEPT);
      expect(profile.identityChanges!.at(-1)).toEqual({ identity: email, change: 'removed', at: AT, by: 'agent-li', reason: `${cycles - 1}:${reason}` });
      expect(profile.identities).toEqual(['phone:+8613800138000']);
    });

    it(`refuses an identity past ${MAX_IDENTITIES} with too_many_identities, writing nothing; a removal makes room`, async () => {
      const store = await makeStore();
      const held = Array.from({ length: MAX_IDENTITIES }, (_, i) => `email:c${i}@example.com`);
      await holding(store, 'cus_a', [], held);
      expect(await store.addIdentity(change('cus_a', 'email:one-more@example.com'))).toEqual({ status: 'too_many_identities', limit: MAX_IDENTITIES });
      expect(await store.getIdentityOwner('email:one-more@example.com')).toBeUndefined();
      expect((await store.getCustomer('cus_a'))!.identityChanges).toBeUndefined();
      expect((await store.removeIdentity(change('cus_a', 'email:c0@example.com'))).status).toBe('removed');
      expect((await store.addIdentity(change('cus_a', 'email:one-more@example.com'))).status).toBe('added');
    });

    it(`refuses a merge that would leave one customer with more than ${MAX_IDENTITIES} identities, writing nothing; one that fits exactly is made`, async () => {
      const store = await makeStore();
      const identities = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `email:${prefix}${i}@example.com`);
      await holding(store, 'cus_a', identities('a', 60));
      await holding(store, 'cus_b', [...identities('b', 40), 'email:a0@example.com', 'email:a1@example.com']);
      await holding(store, 'cus_c', identities('c', 43));
      const request = { survivorId: 'cus_a', mergedAt: AT, by: 'agent-li', reason: 'one person' };
      expect(await store.beginMerge({ ...request, absorbedId: 'cus_c' })).toEqual({ status: 'too_many_identities', limit: MAX_IDENTITIES });
      expect((await store.getCustomer('cus_c'))!.mergedInto).toBeUndefined();
      expect((await store.getCustomer('cus_a'))!.identities).toHaveLength(60);
      expect(await store.listMerges('cus_a')).toEqual([]);
      // Identities both list count once: 60 + 40 new.
      expect((await store.beginMerge({ ...request, absorbedId: 'cus_b' })).status).toBe('started');
      expect((await store.getCustomer('cus_a'))!.identities).toHaveLength(MAX_IDENTITIES);
    });

    it(`refuses a merge whose absorbed customer's items moved through ${MAX_MERGE_CHAIN} standing merges, writing nothing; the deep one may still absorb others, and an undo takes its depth along`, async () => {
      const store = await makeStore();
      const ids = Array.from({ length: MAX_MERGE_CHAIN + 2 }, (_, i) => `cus_${String(i).padStart(3, '0')}`);
      for (const id of ids) await holding(store, id, [`email:${id}@example.com`]);
      const request = { mergedAt: AT, by: 'agent-li', reason: 'one person' };
      // Each merges into the next: the last stands at the end of a chain as long as one may be.
      const mergeIds: string[] = [];
      for (let i = 0; i < MAX_MERGE_CHAIN; i += 1) {
        const started = await store.beginMerge({ ...request, survivorId: ids[i + 1]!, absorbedId: ids[i]! });
        expect(started.status).toBe('started');
        mergeIds.push((started as { mergeId: string }).mergeId);
      }
      const deepest = ids[MAX_MERGE_CHAIN]!;
      expect((await store.getCustomer(deepest))!.mergeChain).toBe(MAX_MERGE_CHAIN);
      const next = ids[MAX_MERGE_CHAIN + 1]!;
      expect(await store.beginMerge({ ...request, survivorId: next, absorbedId: deepest })).toEqual({ status: 'merge_chain_too_long', limit: MAX_MERGE_CHAIN });
      expect((await store.getCustomer(deepest))!.mergedInto).toBeUndefined();
      expect(await store.listMerges(next)).toEqual([]);
      const absorbedNext = await store.beginMerge({ ...request, survivorId: deepest, absorbedId: next });
      expect(absorbedNext.status).toBe('started');
      expect((await store.getCustomer(deepest))!.mergeChain).toBe(MAX_MERGE_CHAIN);
      // Undone, a merge takes its depth along: what stands is the merge of a customer one deep.
      expect((await store.undoMerge({ mergeId: mergeIds.at(-1)!, at: AT, by: 'agent-li' })).status).toBe('undone');
      expect((await store.getCustomer(deepest))!.mergeChain).toBe(1);
      expect((await store.undoMerge({ mergeId: (absorbedNext as { mergeId: string }).mergeId, at: AT, by: 'agent-li' })).status).toBe('undone');
      expect((await store.getCustomer(deepest))!.mergeChain).toBeUndefined();
    });

    it(`remembers at most ${MAX_SEPARATIONS} separations per customer; the partner of one past it still remembers it`, async () => {
      const store = await makeStore();
      const earlier = Array.from({ length: MAX_SEPARATIONS - 1 }, (_, i) => `cus_old${i}`);
      await store.createCustomer({ ...customer('cus_a', '2026-06-01T00:00:00.000Z', ['email:a@example.com']), separatedFrom: earlier });
      await store.claimIdentity('email:a@example.com', 'cus_a');
      for (const partner of ['cus_p1', 'cus_p2']) {
        await holding(store, partner, [`email:${partner}@example.com`]);
        const started = await store.beginMerge({ survivorId: 'cus_a', absorbedId: partner, mergedAt: AT, by: 'agent-li', reason: 'one person' });
        expect((await store.undoMerge({ mergeId: (started as { mergeId: string }).mergeId, at: AT, by: 'agent-li' })).status).toBe('undone');
        expect((await store.getCustomer(partner))!.separatedFrom).toEqual(['cus_a']);
      }
      const separations = (await store.getCustomer('cus_a'))!.separatedFrom!;
      expect(separations).toHaveLength(MAX_SEPARATIONS);
      expect(separations).toContain('cus_p1');
      expect(separations).not.toContain('cus_p2');
    });

    it('a merge accepting a suggestion decides it in the same write: accepted with the merge, or left open when the merge is refused for its size; a suggestion decided otherwise stops the merge', async () => {
      const store = await makeStore();
      const identities = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `email:${prefix}${i}@example.com`);
      await holding(store, 'cus_a', identities('a', 60));
      await holding(store, 'cus_b', identities('b', 41));
      await holding(store, 'cus_c', identities('c', 2));
      const suggestion = (customerId: string, suggestionId: string) => ({ suggestionId, customerId, otherCustomerId: 'cus_a', identity: 'email:a0@example.com', feedbackId: `fb_${suggestionId}`, createdAt: AT, status: 'open' as const });
      await store.suggestMerge(suggestion('cus_b', 'sug_b'));
      await store.suggestMerge(suggestion('cus_c', 'sug_c'));
      const request = { survivorId: 'cus_a', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' };
      expect(await store.beginMerge({ ...request, absorbedId: 'cus_b' }, 'sug_b')).toEqual({ status: 'too_many_identities', limit: MAX_IDENTITIES });
      expect((await store.getMergeSuggestion('sug_b'))!.status).toBe('open');
      expect((await store.listMergeSuggestions('accepted', { limit: 10 })).items).toEqual([]);
      const started = await store.beginMerge({ ...request, absorbedId: 'cus_c' }, 'sug_c');
      expect(started.status).toBe('started');
      const accepted = { ...suggestion('cus_c', 'sug_c'), status: 'accepted', decidedAt: request.mergedAt, decidedBy: 'agent-li', mergeId: (started as { mergeId: string }).mergeId };
      expect(await store.getMergeSuggestion('sug_c')).toEqual(accepted);
      expect((await store.listMergeSuggestions('accepted', { limit: 10 })).items).toEqual([accepted]);
      expect((await store.listMergeSuggestions('open', { limit: 10 })).items.map((s) => s.suggestionId)).toEqual(['sug_b']);
      expect(await store.decideMergeSuggestion({ suggestionId: 'sug_b', status: 'dismissed', at: AT, by: 'agent-wang' })).toMatchObject({ status: 'dismissed' });
      // Room for the merge now (cus_a holds 62), still decided.
      for (const identity of identities('b', 3)) await store.removeIdentity(change('cus_b', identity));
      expect(await store.beginMerge({ ...request, absorbedId: 'cus_b' }, 'sug_b')).toEqual({ status: 'suggestion_decided' });
      expect((await store.getCustomer('cus_b'))!.mergedInto).toBeUndefined();
      expect((await store.listMerges('cus_b'))).toEqual([]);
    });

    it('a merge accepting a suggestion stored accepted without its merge (by the accept before the two were one write) gives it the merge id, keeping who accepted it and when', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com']);
      await holding(store, 'cus_b', ['phone:+8613800138000']);
      const suggestion = { suggestionId: 'sug_b', customerId: 'cus_b', otherCustomerId: 'cus_a', identity: 'email:a@example.com', feedbackId: 'fb_b', createdAt: AT, status: 'open' as const };
      await store.suggestMerge(suggestion);
      await store.decideMergeSuggestion({ suggestionId: 'sug_b', status: 'accepted', at: AT, by: 'agent-wang' });
      const started = await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' }, 'sug_b');
      expect(started.status).toBe('started');
      expect(await store.getMergeSuggestion('sug_b')).toEqual({ ...suggestion, status: 'accepted', decidedAt: AT, decidedBy: 'agent-wang', mergeId: (started as { mergeId: string }).mergeId });
    });

    it("a merge accepting a suggestion is refused (identity_moved), nothing written, once the identity it quotes no longer leads to either customer: checked in the merge's own write, not only before it", async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com', 'phone:+8613800138000']);
      await holding(store, 'cus_b', ['email:b@example.com']);
      await holding(store, 'cus_c', ['email:c@example.com']);
      const suggestion = { suggestionId: 'sug_b', customerId: 'cus_b', otherCustomerId: 'cus_a', identity: 'email:a@example.com', feedbackId: 'fb_b', createdAt: AT, status: 'open' as const };
      await store.suggestMerge(suggestion);
      const accept = () => store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' }, 'sug_b');
      // The route found it leading to cus_a; a person moves it before the merge is written.
      expect((await store.removeIdentity(change('cus_a', 'email:a@example.com'))).status).toBe('removed');
      const unchanged = async () => {
        const before = await Promise.all(['cus_a', 'cus_b', 'cus_c'].map((id) => store.getCustomer(id)));
        return async () => {
          expect(await Promise.all(['cus_a', 'cus_b', 'cus_c'].map((id) => store.getCustomer(id)))).toEqual(before);
          for (const id of ['cus_a', 'cus_b', 'cus_c']) expect(await store.listMerges(id)).toEqual([]);
          expect(await store.getMergeSuggestion('sug_b')).toEqual(suggestion);
        };
      };
      const heldByNobody = await unchanged();
      expect(await accept()).toEqual({ status: 'identity_moved' });
      await heldByNobody();
      expect((await store.addIdentity(change('cus_c', 'email:a@example.com'))).status).toBe('added');
      const heldByAnother = await unchanged();
      expect(await accept()).toEqual({ status: 'identity_moved', holder: 'cus_c' });
      await heldByAnother();
    });

    it('a merge accepting a suggestion follows the quoted identity through merges not finished yet: to one of its customers it is made, to a third it is refused naming the third', async () => {
      const store = await makeStore();
      for (const id of ['cus_a', 'cus_b', 'cus_c', 'cus_d', 'cus_e', 'cus_x', 'cus_y']) await holding(store, id, [`email:${id}@example.com`]);
      const suggest = (suggestionId: string, customerId: string, otherCustomerId: string, identity: string) => store.suggestMerge({ suggestionId, customerId, otherCustomerId, identity, feedbackId: `fb_${suggestionId}`, createdAt: AT, status: 'open' });
      await suggest('sug_b', 'cus_b', 'cus_a', 'email:cus_x@example.com');
      await suggest('sug_d', 'cus_d', 'cus_e', 'email:cus_y@example.com');
      // Begun, not finished: the identities' items still name cus_x and cus_y, merged away.
      expect((await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_x', mergedAt: AT, by: 'processor', reason: 'one person' })).status).toBe('started');
      expect((await store.beginMerge({ survivorId: 'cus_c', absorbedId: 'cus_y', mergedAt: AT, by: 'processor', reason: 'one person' })).status).toBe('started');
      expect(await store.getIdentityOwner('email:cus_x@example.com')).toBe('cus_x');
      const accept = (survivorId: string, absorbedId: string, suggestionId: string) => store.beginMerge({ survivorId, absorbedId, mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'accepted' }, suggestionId);
      expect((await accept('cus_a', 'cus_b', 'sug_b')).status).toBe('started');
      expect(await accept('cus_e', 'cus_d', 'sug_d')).toEqual({ status: 'identity_moved', holder: 'cus_c' });
      expect((await store.getMergeSuggestion('sug_d'))!.status).toBe('open');
      for (const id of ['cus_d', 'cus_e']) expect(await store.listMerges(id)).toEqual([]);
    });

    it("an undo hands the absorbed customer the record of changes a person made while merged to the identities it brought: removed (it gets them back from nobody), verified; the survivor's own stay its own", async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['phone:+8613800138000', 'email:a2@example.com']);
      await holding(store, 'cus_b', ['email:claim@example.com'], ['phone:+8613900139000']);
      const at = (time: string) => `2026-07-0${time}.000Z`;
      const dated = (request: IdentityChangeRequest, time: string, reason: string) => ({ ...request, at: at(time), reason });
      expect((await store.addIdentity(dated(change('cus_b', 'email:b@example.com'), '1T01:00:00', 'confirmed by mail'))).status).toBe('added');
      const { mergeId } = (await mergeCustomers(store, { survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: at('2T00:00:00'), by: 'agent-li', reason: 'one person' })) as { mergeId: string };
      expect((await store.removeIdentity(dated(change('cus_a', 'email:b@example.com'), '2T01:00:00', 'wrong'))).status).toBe('removed');
      expect((await store.addIdentity(dated(change('cus_a', 'email:claim@example.com'), '2T02:00:00', 'checked'))).status).toBe('verified');
      expect((await store.removeIdentity(dated(change('cus_a', 'email:a2@example.com'), '2T03:00:00', 'old'))).status).toBe('removed');
      expect((await undoMerge(store, { mergeId, at: at('3T00:00:00'), by: 'agent-li' })).status).toBe('undone');
      const absorbed = (await store.getCustomer('cus_b'))!;
      expect(absorbed.identities.sort()).toEqual(['email:claim@example.com', 'phone:+8613900139000']);
      expect(absorbed.identityChanges).toEqual([
        { identity: 'email:b@example.com', change: 'added', at: at('1T01:00:00'), by: 'agent-li', reason: 'confirmed by mail' },
        { identity: 'email:b@example.com', change: 'removed', at: at('2T01:00:00'), by: 'agent-li', reason: 'wrong' },
        { identity: 'email:claim@example.com', change: 'verified', at: at('2T02:00:00'), by: 'agent-li', reason: 'checked' },
      ]);
      expect((await store.getCustomer('cus_a'))!.identityChanges!.map((c) => [c.identity, c.change])).toEqual([
        ['email:b@example.com', 'removed'],
        ['email:claim@example.com', 'verified'],
        ['email:a2@example.com', 'removed'],
      ]);
      // Its record names the identity: an erasure of whoever holds it next finds it there.
      expect((await store.formerHoldersOf('email:b@example.com')).sort()).toEqual(['cus_a', 'cus_b']);
    });

    it('an undo opens again the suggestion its merge accepted, without the decision and marked with the undo, where it was listed; a repeated undo changes nothing; accepted again, the new merge decides it', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com']);
      await holding(store, 'cus_b', ['phone:+8613800138000']);
      await holding(store, 'cus_c', ['phone:+8613900139000']);
      const suggestion = { suggestionId: 'sug_b', customerId: 'cus_b', otherCustomerId: 'cus_a', identity: 'email:a@example.com', feedbackId: 'fb_b', createdAt: AT, status: 'open' as const };
      const older = { ...suggestion, suggestionId: 'sug_c', customerId: 'cus_c', feedbackId: 'fb_c', createdAt: '2026-06-30T08:00:00.000Z' };
      await store.suggestMerge(suggestion);
      await store.suggestMerge(older);
      const accept = async (mergedAt: string) => (await mergeCustomers(store, { survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt, by: 'agent-li', reason: 'accepted' }, 'sug_b')) as { status: string; mergeId: string };
      const merged = await accept('2026-07-02T00:00:00.000Z');
      expect(merged.status).toBe('merged');
      expect(await undoMerge(store, { mergeId: merged.mergeId, at: '2026-07-03T00:00:00.000Z', by: 'agent-wang' })).toMatchObject({ status: 'undone' });
      const reopened = { ...suggestion, undoneAt: '2026-07-03T00:00:00.000Z', undoneBy: 'agent-wang', undoneMergeId: merged.mergeId };
      expect(await store.getMergeSuggestion('sug_b')).toEqual(reopened);
      expect((await store.listMergeSuggestions('open', { limit: 10 })).items).toEqual([reopened, older]);
      expect((await store.listMergeSuggestions('accepted', { limit: 10 })).items).toEqual([]);
      expect(await undoMerge(store, { mergeId: merged.mergeId, at: '2026-07-04T00:00:00.000Z', by: 'agent-zhao' })).toMatchObject({ status: 'already' });
      expect(await store.getMergeSuggestion('sug_b')).toEqual(reopened);
      const again = await accept('2026-07-05T00:00:00.000Z');
      expect(again.status).toBe('merged');
      expect(await store.getMergeSuggestion('sug_b')).toEqual({ ...reopened, status: 'accepted', decidedAt: '2026-07-05T00:00:00.000Z', decidedBy: 'agent-li', mergeId: again.mergeId });
    });

    it("an undo opens again the pair's suggestion that a merge of the two answered (a person's merge, or the processor's), not one another merge accepted", async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com']);
      await holding(store, 'cus_b', ['phone:+8613800138000']);
      const pair = suggestionIdFor('cus_a', 'cus_b');
      await store.suggestMerge({ suggestionId: pair, customerId: 'cus_b', otherCustomerId: 'cus_a', identity: 'email:a@example.com', feedbackId: 'fb_b', createdAt: AT, status: 'open' });
      const merged = (await mergeCustomers(store, { survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: '2026-07-02T00:00:00.000Z', by: 'agent-li', reason: 'same person' })) as { mergeId: string };
      expect(await store.getMergeSuggestion(pair)).toMatchObject({ status: 'accepted', mergeId: merged.mergeId });
      await store.reopenMergeSuggestion({ suggestionId: pair, mergeId: 'mrg_another', at: AT, by: 'agent-wang' });
      expect(await store.getMergeSuggestion(pair)).toMatchObject({ status: 'accepted', mergeId: merged.mergeId });
      await undoMerge(store, { mergeId: merged.mergeId, at: '2026-07-03T00:00:00.000Z', by: 'agent-wang' });
      expect(await store.getMergeSuggestion(pair)).toMatchObject({ status: 'open', undoneMergeId: merged.mergeId, undoneBy: 'agent-wang' });
    });

    it('an undo that parts the two customers of a suggestion closed as already merged (one through a third) opens it again; one that leaves them one does not', async () => {
      const store = await makeStore();
      for (const [id, identity] of [['cus_h', 'email:h@example.com'], ['cus_c', 'phone:+8613800138000'], ['cus_t', 'phone:+8613900139000'], ['cus_u', 'phone:+8613700137000']] as const) await holding(store, id, [identity]);
      const suggestion = { suggestionId: 'sug_c', customerId: 'cus_c', otherCustomerId: 'cus_h', identity: 'email:h@example.com', feedbackId: 'fb_c', createdAt: AT, status: 'open' as const };
      await store.suggestMerge(suggestion);
      const merge = async (survivorId: string, absorbedId: string, mergedAt: string) => ((await mergeCustomers(store, { survivorId, absorbedId, mergedAt, by: 'agent-li', reason: 'same person' })) as { mergeId: string }).mergeId;
      await merge('cus_t', 'cus_h', '2026-07-02T00:00:00.000Z');
      const throughThird = await merge('cus_t', 'cus_c', '2026-07-02T01:00:00.000Z');
      // As accepting it answers 409 already_merged: closed with no merge of its own.
      await store.decideMergeSuggestion({ suggestionId: 'sug_c', status: 'accepted', at: '2026-07-02T02:00:00.000Z', by: 'agent-li' });
      const intoFourth = await merge('cus_u', 'cus_t', '2026-07-02T03:00:00.000Z');
      await undoMerge(store, { mergeId: intoFourth, at: '2026-07-03T00:00:00.000Z', by: 'agent-wang' });
      expect(await store.getMergeSuggestion('sug_c')).toMatchObject({ status: 'accepted', decidedBy: 'agent-li' });
      expect(await undoMerge(store, { mergeId: throughThird, at: '2026-07-04T00:00:00.000Z', by: 'agent-wang' })).toMatchObject({ status: 'undone' });
      const reopened = { ...suggestion, undoneAt: '2026-07-04T00:00:00.000Z', undoneBy: 'agent-wang', undoneMergeId: throughThird };
      expect(await store.getMergeSuggestion('sug_c')).toEqual(reopened);
      expect((await store.listMergeSuggestions('open', { limit: 10 })).items).toEqual([reopened]);
      expect(await undoMerge(store, { mergeId: throughThird, at: '2026-07-05T00:00:00.000Z', by: 'agent-zhao' })).toMatchObject({ status: 'already' });
      expect(await store.getMergeSuggestion('sug_c')).toEqual(reopened);
    });

    it('refuses a change to a customer merged away', async () => {
      const store = await makeStore();
      await holding(store, 'cus_a', ['email:a@example.com']);
      await holding(store, 'cus_b', ['email:b@example.com']);
      await store.beginMerge({ survivorId: 'cus_a', absorbedId: 'cus_b', mergedAt: AT, by: 'agent-li', reason: 'one person' });
      await expect(store.addIdentity(change('cus_b', 'email:new@example.com'))).rejects.toBeInstanceOf(CustomerMergedError);
      await expect(store.removeIdentity(change('cus_b', 'email:b@example.com'))).rejects.toBeInstanceOf(CustomerMergedError);
    });
  });
}
