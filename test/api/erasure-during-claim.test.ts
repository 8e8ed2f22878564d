/**
 * An erasure that lands while the processor resolves a message of the erased person that names a
 * new identity (black-box round 18): the identity must not be left leading to the erased customer
 * (personal data kept, and the identity leading nowhere for every later message).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const KEY = 'erasure-during-claim-admin-key';
const PHONE = 'phone:+8613800138011';
const EMAIL = 'email:erased.person@example.com';
const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

/** The store, with `before` run once just before or just after its first claim of `identity`. */
function aroundClaim<S extends Store>(store: S, identity: string, when: 'before' | 'after', run: () => Promise<void>): S {
  let done = false;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'claimIdentity' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const first = !done && args[0] === identity;
        if (first) done = true;
        if (first && when === 'before') await run();
        const claimed = await value.apply(target, args);
        if (first && when === 'after') await run();
        return claimed;
      };
    },
  });
}

describe.each(stores)('an erasure while a message of the person claims a new identity, on the %s', (_name, makeStore) => {
  it.each(['before', 'after'] as const)('erased %s the claim: the identity leads to no erased customer, and the redelivered message makes a new customer holding it', async (when) => {
    const backing = await makeStore();
    const keyRing = staticKeyRing([{ id: 'key_admin', name: 'admin', scope: 'admin', hash: createHash('sha256').update(KEY).digest('hex') }]);
    const headers = { authorization: `Bearer ${KEY}` };
    const app = createApiApp({ config: loadConfig({}), store: backing, clock: { now: () => NOW }, keyRing });
    const person = { id: '' };
    const store = aroundClaim(backing, EMAIL, when, async () => {
      expect((await app.request(`/v1/customers/${person.id}`, { method: 'DELETE', headers })).status).toBe(200);
    });
    const processor = (s: Store) => createEventProcessor({ store: s, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
    const first = messageEvent('erasure-during-claim', 'first', [PHONE], '2026-11-20T01:00:00.000Z', '快递三天还没到，客服也不回复', { verifiedBy: 'sms' });
    await processor(backing)(first);
    person.id = (await backing.getFeedback(first.feedbackId))!.customerId;

    const racing = messageEvent('erasure-during-claim', 'racing', [PHONE, EMAIL], '2026-11-24T01:00:00.000Z', '退款还没到账', { verifiedBy: 'email' });
    // The first delivery may fail (its customer went): the queue delivers it again.
    await processor(store)(racing).catch(() => undefined);
    await processor(backing)(racing);

    expect(await backing.getCustomer(person.id)).toBeUndefined();
    const owner = await backing.getIdentityOwner(EMAIL);
    expect(owner).not.toBe(person.id);
    const item = await backing.getFeedback(racing.feedbackId);
    expect(item?.customerId).toBe(owner);
    expect((await backing.getCustomer(item!.customerId))?.identities.sort()).toEqual([EMAIL, PHONE].sort());
  });
});

const directory = mkdtempSync(join(tmpdir(), 'erasure-during-claim-'));
const withDisk = [...stores, ['local store kept on disk', async () => new LocalStore(directory)]] as const;

describe.each(withDisk)('a first message whose attempt claimed its sender and stopped before its commit, its customer erased, on the %s', (_name, makeStore) => {
  it('its redelivery brings back neither the customer nor the identity, and a later message makes a new customer', async () => {
    const backing = await makeStore();
    const keyRing = staticKeyRing([{ id: 'key_admin', name: 'admin', scope: 'admin', hash: createHash('sha256').update(KEY).digest('hex') }]);
    const headers = { authorization: `Bearer ${KEY}` };
    const app = createApiApp({ config: loadConfig({}), store: backing, clock: { now: () => NOW }, keyRing });
    const stopping = new Proxy(backing, {
      get(target, property) {
        if (property === 'commitFeedback') return async () => Promise.reject(new Error('the function stopped'));
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const processor = (s: Store) => createEventProcessor({ store: s, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
    const first = messageEvent('erasure-during-claim', 'stopped', [PHONE], '2026-11-20T01:00:00.000Z', '快递三天还没到，客服也不回复', { verifiedBy: 'sms' });
    await expect(processor(stopping)(first)).rejects.toThrow('the function stopped');
    const made = (await backing.getIdentityOwner(PHONE))!;
    expect((await app.request(`/v1/customers/${made}`, { method: 'DELETE', headers })).status).toBe(200);

    expect(await processor(backing)(first)).toEqual({ status: 'duplicate', feedbackId: first.feedbackId });
    expect(await backing.getFeedback(first.feedbackId)).toBeUndefined();
    expect(await backing.getCustomer(made)).toBeUndefined();
    expect(await backing.getIdentityOwner(PHONE)).toBeUndefined();

    const later = messageEvent('erasure-during-claim', 'later', [PHONE], '2026-11-24T01:00:00.000Z', '退款还没到账', { verifiedBy: 'sms' });
    await processor(backing)(later);
    const customerId = (await backing.getFeedback(later.feedbackId))!.customerId;
    expect(customerId).not.toBe(made);
    expect(await backing.getIdentityOwner(PHONE)).toBe(customerId);
    expect((await backing.getCustomer(customerId))?.identities).toEqual([PHONE]);
    if (backing instanceof LocalStore && _name.endsWith('on disk')) {
      // Nothing of the stopped message is left on disk, and a restart reads the same state.
      const disk = readdirSync(directory).map((file) => readFileSync(join(directory, file), 'utf8')).join('\n');
      // The erased id stays as the erasure's mark only.
      expect(disk.split(made).length - 1).toBe(1);
      const restarted = new LocalStore(directory);
      expect(await restarted.getIdentityOwner(PHONE)).toBe(customerId);
      expect(await restarted.getCustomer(made)).toBeUndefined();
    }
  });
});
