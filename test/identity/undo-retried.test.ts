import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { canonical, mergeCustomers, undoMerge } from '../../shared/identity/merges.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const classifier = createLocalClassifier();
const A_MAIL = 'email:a-retry@example.com';
const B_PHONE = 'phone:+8613800138777';
const D_WECHAT = 'wechat:oRetryDDDDDDDDDDDDDDDDDDDDDDD';

function verified(id: string, identities: string[], receivedAt: string): FeedbackEvent {
  return { schemaVersion: 1, feedbackId: deriveFeedbackId('undo-retried', id), channel: 'sms', source: 'twilio', kind: 'message', receivedAt, identities, verifiedIdentities: identities, text: '退款还没到', metadata: {} };
}

/**
 * A person merges B into A; while merged, a row proving B's phone and D's openid merges D in. The
 * undo of A+B undoes D's merge too and merges D with B. `refuseLeaderOnce` makes the store refuse
 * the undo of A+B once, after D's undo went through, and the caller retries a minute later.
 */
async function tell(refuseLeaderOnce: boolean) {
  const local = new LocalStore();
  let now = new Date('2026-11-20T12:00:00Z');
  let refused = false;
  let leader: string | undefined;
  const derivations = new Map<string, number>();
  const store = new Proxy(local, {
    get(target, name, receiver) {
      if (name === 'reviseDerived') {
        return (customerId: string, ...rest: [never, never]) => {
          derivations.set(customerId, (derivations.get(customerId) ?? 0) + 1);
          return target.reviseDerived(customerId, ...rest);
        };
      }
      if (name === 'undoMerge') {
        return async (undo: { mergeId: string }) => {
          if (refuseLeaderOnce && !refused && undo.mergeId === leader) {
            refused = true;
            throw new Error('503 Service Unavailable');
          }
          return target.undoMerge(undo as never);
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const processEvent = createEventProcessor({ store, classifier, clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
  await processEvent(verified('a1', [A_MAIL], '2026-11-17T01:00:00.000Z'));
  await processEvent(verified('b1', [B_PHONE], '2026-11-18T01:00:00.000Z'));
  await processEvent(verified('d1', [D_WECHAT], '2026-11-18T02:00:00.000Z'));
  const [a, b] = [(await store.getIdentityOwner(A_MAIL))!, (await store.getIdentityOwner(B_PHONE))!];
  const merged = await mergeCustomers(store, { survivorId: a, absorbedId: b, mergedAt: now.toISOString(), by: 'key_1', reason: 'same person' });
  if (merged.status !== 'merged') throw new Error(`not merged: ${merged.status}`);
  leader = merged.mergeId;
  now = new Date('2026-11-20T13:00:00Z');
  await processEvent(verified('row', [B_PHONE, D_WECHAT], '2026-11-20T12:30:00.000Z'));
  now = new Date('2026-11-20T14:00:00Z');
  if (refuseLeaderOnce) await expect(undoMerge(store, { mergeId: leader, at: now.toISOString(), by: 'key_2' })).rejects.toThrow('503');
  now = new Date('2026-11-20T14:01:00Z');
  derivations.clear();
  expect((await undoMerge(store, { mergeId: leader, at: now.toISOString(), by: 'key_2' })).status).toBe('undone');
  const customerOf = async (identity: string) => (await canonical(store, (await store.getIdentityOwner(identity))!))!.customerId;
  return { a: await customerOf(A_MAIL), b: await customerOf(B_PHONE), d: await customerOf(D_WECHAT), derivations };
}

describe('an undo that takes an automatic merge with it, cut short and retried', () => {
  it('ends as the uninterrupted undo does: the customer merged in through the absorbed side is merged with it again', async () => {
    const uninterrupted = await tell(false);
    expect(uninterrupted.b).toBe(uninterrupted.d);
    expect(uninterrupted.a).not.toBe(uninterrupted.b);
    const retried = await tell(true);
    expect(retried.a).not.toBe(retried.b);
    expect(retried.d).toBe(retried.b);
  });

  it("derives the risk of the customer the absorbed side is merged with again once for that merge, besides once for the undo", async () => {
    const { b, d, derivations } = await tell(false);
    expect(b).toBe(d);
    // The undo derives each side of the merge it undid; the merge made again derives its survivor once more, not twice.
    expect(derivations.get(b)).toBe(2);
  });
});
