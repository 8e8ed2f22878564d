/**
 * An erasure that lands while a merge is still moving the absorbed customer's items (issue 13,
 * black-box round 17): the merge's later writes must bring back neither the erased profile nor
 * an identity leading to it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const KEY = 'erasure-during-merge-admin-key';
const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

type Step = 'pointIdentity' | 'moveFeedback' | 'finishMerge';

/** The store, with `before` run once just before the merge's first call of `step`. */
function interrupting<S extends Store>(store: S, step: Step, before: () => Promise<void>): S {
  let done = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== step || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        if (!done) {
          done = true;
          await before();
        }
        return value.apply(target, args);
      };
    },
  });
}

describe.each(stores)('an erasure while a merge moves items, on the %s', (_name, makeStore) => {
  it.each(['pointIdentity', 'moveFeedback', 'finishMerge'] as const)('erased before the merge’s %s: every id and identity answers 404 afterwards, no profile or identity comes back', async (step) => {
    const backing = await makeStore();
    const keyRing = staticKeyRing([{ id: 'key_admin', name: 'admin', scope: 'admin', hash: createHash('sha256').update(KEY).digest('hex') }]);
    const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
    let app: ReturnType<typeof createApiApp>;
    const eraseSurvivor = { id: '' };
    const store = interrupting(backing, step, async () => {
      expect((await app.request(`/v1/customers/${eraseSurvivor.id}`, { method: 'DELETE', headers })).status).toBe(200);
    });
    app = createApiApp({ config: loadConfig({}), store, clock: { now: () => NOW }, keyRing });
    const processEvent = createEventProcessor({ store: backing, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
    const send = async (id: string, identity: string, receivedAt: string) => {
      const event = messageEvent('erasure-during-merge', id, [identity], receivedAt, '快递三天还没到，客服也不回复', { verifiedBy: 'sms' });
      await processEvent(event);
      return (await backing.getFeedback(event.feedbackId))!.customerId;
    };
    const survivor = await send('s', 'phone:+8613800138001', '2026-11-20T01:00:00.000Z');
    const absorbed = await send('a', 'phone:+8613800138002', '2026-11-21T01:00:00.000Z');
    eraseSurvivor.id = survivor;
    const merged = await app.request(`/v1/customers/${survivor}/merge`, { method: 'POST', headers, body: JSON.stringify({ customerId: absorbed }) });
    expect(merged.status).toBeLessThan(500);
    for (const id of [survivor, absorbed]) {
      expect((await app.request(`/v1/customers/${id}`, { headers })).status).toBe(404);
      expect(await backing.getCustomer(id)).toBeUndefined();
    }
    for (const identity of ['phone:+8613800138001', 'phone:+8613800138002']) {
      expect((await app.request(`/v1/customers?identity=${encodeURIComponent(identity)}`, { headers })).status).toBe(404);
      expect(await backing.getIdentityOwner(identity)).toBeUndefined();
    }
  });
});
