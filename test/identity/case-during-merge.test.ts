/**
 * A case changed while a merge moves its items: the merge's atomic step gave the survivor the
 * absorbed customer's counts, and the item is still with the absorbed customer when a support
 * person resolves it. Through the API app on both stores; the store holds the merge's first item
 * move until the case is changed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import type { FeedbackRecord } from '../../shared/model.ts';
import type { FeedbackMove, Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const KEY = 'case-during-merge-key';

const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

/** The store, with its next item move held until `release` is called; `moving` settles when one is held. */
function holdingMoves<T extends Store>(target: T) {
  let hold: { reached: () => void; gate: Promise<void> } | undefined;
  const store = new Proxy(target, {
    get(inner, name, receiver) {
      if (name === 'moveFeedback') {
        return async (move: FeedbackMove) => {
          const held = hold;
          hold = undefined;
          if (held) {
            held.reached();
            await held.gate;
          }
          return inner.moveFeedback(move);
        };
      }
      const value = Reflect.get(inner, name, receiver);
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
  const holdNext = () => {
    let reached!: () => void;
    let release!: () => void;
    const moving = new Promise<void>((resolve) => (reached = resolve));
    hold = { reached, gate: new Promise<void>((resolve) => (release = resolve)) };
    return { moving, release };
  };
  return { store, holdNext };
}

describe.each(stores)('a case changed while its merge moves the items, on the %s', (name, makeStore) => {
  it('counts on the survivor while merged, and on its own customer again after the undo', async () => {
    const { store, holdNext } = holdingMoves(await makeStore());
    let now = Date.parse('2026-11-25T00:00:00.000Z');
    const clock = { now: () => new Date((now += 1000)) };
    const keyRing = staticKeyRing([{ id: 'key_write', name: 'agent', scope: 'write', hash: createHash('sha256').update(KEY).digest('hex') }]);
    const app = createApiApp({ config: loadConfig({}), store, clock, keyRing });
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
    const send = async (id: string, phone: string, text: string) => {
      const event = messageEvent('case-during-merge', `${name}-${id}`, [phone], '2026-11-20T01:00:00.000Z', text, { verifiedBy: 'sms' });
      await processEvent(event);
      return (await store.getFeedback(event.feedbackId)) as FeedbackRecord;
    };
    const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
    const survivor = (await send('s1', 'phone:+8613700137101', '快递三天还没到，太失望了')).customerId;
    const complaint = await send('a1', 'phone:+8613700137102', '退款一直没到账，很生气');
    const absorbed = complaint.customerId;
    const openComplaints = async (customerId: string) => (await store.getCustomer(customerId))!.counts['complaints.open'] ?? 0;

    const { moving, release } = holdNext();
    const merging = app.request(`/v1/customers/${survivor}/merge`, { method: 'POST', headers, body: JSON.stringify({ customerId: absorbed }) });
    await moving;
    const read = await app.request(`/v1/feedback/${complaint.feedbackId}`, { headers });
    const resolved = await app.request(`/v1/feedback/${complaint.feedbackId}`, { method: 'PATCH', headers: { ...headers, 'if-match': read.headers.get('etag')! }, body: JSON.stringify({ status: 'resolved' }) });
    expect(resolved.status).toBe(200);
    release();
    const merged = await merging;
    expect(merged.status).toBe(200);
    expect(await openComplaints(survivor)).toBe(1);

    const { mergeId } = (await merged.json()) as { mergeId: string };
    expect((await app.request(`/v1/merges/${mergeId}/undo`, { method: 'POST', headers })).status).toBe(200);
    expect([await openComplaints(survivor), await openComplaints(absorbed)]).toEqual([1, 0]);
  });
});
