import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { laggingIndex } from '../support/lagging-store.ts';

const classifier = createLocalClassifier();

function verified(id: string, identities: string[], receivedAt: string): FeedbackEvent {
  return { schemaVersion: 1, feedbackId: deriveFeedbackId('merges-test', id), channel: 'sms', source: 'twilio', kind: 'message', receivedAt, identities, verifiedIdentities: identities, text: '退款还没到', metadata: {} };
}

describe('merges over a lagging timeline index', () => {
  it('moves an item the index had not caught up on when the merge re-pointed, instead of stranding it', async () => {
    const index = laggingIndex(new LocalStore());
    const { store } = index;
    const processEvent = createEventProcessor({ store, classifier, clock: { now: () => new Date('2026-11-20T12:00:00Z') }, timeZone: 'Asia/Shanghai' });
    await processEvent(verified('a1', ['email:lag@example.com'], '2026-11-18T01:00:00.000Z'));
    index.lag();
    await processEvent(verified('b1', ['phone:+8613800138123'], '2026-11-19T01:00:00.000Z'));
    const absorbed = (await store.getIdentityOwner('phone:+8613800138123'))!;
    const merge = await processEvent(verified('ab', ['email:lag@example.com', 'phone:+8613800138123'], '2026-11-20T01:00:00.000Z'));
    if (merge.status !== 'written') throw new Error('not written');
    expect(merge.merged).toEqual([absorbed]);
    index.catchUp();

    await processEvent(verified('a2', ['email:lag@example.com'], '2026-11-20T02:00:00.000Z'));
    const survivor = merge.customerId;
    expect((await store.listTimeline(survivor, { limit: 10 })).items.map((i) => i.feedbackId)).toContain(deriveFeedbackId('merges-test', 'b1'));
    expect((await store.listTimeline(absorbed, { limit: 10 })).items).toEqual([]);
    expect((await store.getCustomer(survivor))?.pendingMerges ?? []).toEqual([]);
  });
});

describe('undoing a merge while the absorbed customer writes', () => {
  it("hands back a message that came in through the absorbed customer's identity during the undo", async () => {
    for (let round = 0; round < 5; round += 1) {
      const store = new LocalStore();
      const processEvent = createEventProcessor({ store, classifier, clock: { now: () => new Date('2026-11-20T12:00:00Z') }, timeZone: 'Asia/Shanghai' });
      const phone = `phone:+86138001381${String(round).padStart(2, '0')}`;
      await processEvent(verified(`s${round}`, [`email:undo${round}@example.com`], '2026-11-18T01:00:00.000Z'));
      await processEvent(verified(`a${round}`, [phone], '2026-11-19T01:00:00.000Z'));
      const survivor = (await store.getIdentityOwner(`email:undo${round}@example.com`))!;
      const absorbed = (await store.getIdentityOwner(phone))!;
      const merge = await mergeCustomers(store, { survivorId: survivor, absorbedId: absorbed, mergedAt: '2026-11-20T12:00:00.000Z', by: 'key', reason: 'test' });
      if (merge.status !== 'merged') throw new Error('not merged');
      const during = verified(`d${round}`, [phone], '2026-11-20T13:00:00.000Z');
      await Promise.all([undoMerge(store, { mergeId: merge.mergeId, at: '2026-11-20T12:30:00.000Z', by: 'key' }), processEvent(during)]);
      expect((await store.getFeedback(during.feedbackId))?.customerId).toBe(absorbed);
      expect(await store.getIdentityOwner(phone)).toBe(absorbed);
      expect((await store.getCustomer(absorbed))?.counts.total).toBe(2);
      expect((await store.getCustomer(survivor))?.counts.total).toBe(1);
    }
  });
});

describe('a merge that finds an undo still handing items back', () => {
  it("hands the undone merge's items back to their customer instead of taking them along, so counts and timelines agree", async () => {
    const store = new LocalStore();
    const processEvent = createEventProcessor({ store, classifier, clock: { now: () => new Date('2026-11-20T12:00:00Z') }, timeZone: 'Asia/Shanghai' });
    const customerOf = async (id: string, identity: string) => {
      await processEvent(verified(id, [identity], '2026-11-19T01:00:00.000Z'));
      return (await store.getIdentityOwner(identity))!;
    };
    const [survivor, absorbed, third] = [await customerOf('s', 'phone:+8613800138201'), await customerOf('a', 'phone:+8613800138202'), await customerOf('f', 'phone:+8613800138203')];
    const first = await mergeCustomers(store, { survivorId: survivor, absorbedId: absorbed, mergedAt: '2026-11-20T01:00:00.000Z', by: 'key_1', reason: 'test' });
    if (first.status !== 'merged') throw new Error('not merged');
    // The undo's atomic step has run; its item moves have not yet, when the survivor is merged away.
    expect((await store.undoMerge({ mergeId: first.mergeId, at: '2026-11-20T02:00:00.000Z', by: 'key_1' })).status).toBe('undone');
    expect((await mergeCustomers(store, { survivorId: third, absorbedId: survivor, mergedAt: '2026-11-20T03:00:00.000Z', by: 'key_1', reason: 'test' })).status).toBe('merged');

    const feedbackOf = async (customerId: string) => (await store.listTimeline(customerId, { limit: 10 })).items.map((item) => item.feedbackId).sort();
    expect(await feedbackOf(absorbed)).toEqual([deriveFeedbackId('merges-test', 'a')]);
    expect(await feedbackOf(third)).toEqual([deriveFeedbackId('merges-test', 's'), deriveFeedbackId('merges-test', 'f')].sort());
    expect([(await store.getCustomer(third))?.counts.total, (await store.getCustomer(absorbed))?.counts.total]).toEqual([2, 1]);
    expect((await store.getMerge(first.mergeId))?.movedItems).toBe(0);
  });
});
