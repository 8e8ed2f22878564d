/**
 * Merges and undos a request left under way (issue 13, audit): a Lambda timed out, the store went
 * out of reach in the middle of moving items. The API says so (`pendingWork` on the customer,
 * `pending` on the merge) instead of answering as if done, and in AWS, where no server start
 * finishes it, the survivor's next message or a person's next merge or undo of it does, and
 * failing those the scheduled sweep (functions/sweep.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { collectPerson, eraseCustomer } from '../../shared/cases/erasure.ts';
import { sweepPendingWork, WORK_SETTLES_AFTER_MS } from '../../shared/identity/pending-sweep.ts';
import type { ErasureStore } from '../../shared/cases/ports.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { staticKeyRing } from '../../shared/keys/keys.ts';
import { StoreUnavailableError, type Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';
import { aggregatingDynamoStore } from '../support/stream-aggregation.ts';

const NOW = new Date('2026-11-25T00:00:00Z');
const KEY = 'pending-work-write-key';
const stores = [
  ['local store', async () => new LocalStore()],
  ['DynamoDB Local', async () => (await aggregatingDynamoStore(inject('dynamodbEndpoint'))).store],
] as const;

interface PendingWork { mergeId: string; customerId: string; step: 'merge' | 'undo' }
interface CustomerView { customerId: string; pendingWork?: PendingWork[]; risk: { negativeDays: Record<string, number> } }
interface MergeView { mergeId: string; undoneAt?: string; pending?: 'merge' | 'undo' }
interface TimelineView { customerId: string; items: { feedbackId: string }[]; merges: MergeView[] }

/** The store as the API sees it: once `cutAfter` is set, the item move after that many more goes out of reach (the request answers 503). */
function cuttable<S extends Store & ErasureStore>(store: S) {
  const cut = { after: undefined as number | undefined };
  const api = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== 'moveFeedback' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        if (cut.after === 0) throw new StoreUnavailableError(new Error('the store went away'));
        if (cut.after !== undefined) cut.after -= 1;
        return value.apply(target, args);
      };
    },
  });
  return { api, cut };
}

async function setup(makeStore: () => Promise<Store & ErasureStore>) {
  const store = await makeStore();
  const { api, cut } = cuttable(store);
  const app = createApiApp({ config: loadConfig({}), store: api, clock: { now: () => NOW }, keyRing: staticKeyRing([{ id: 'key_write', name: 'agent', scope: 'admin', hash: createHash('sha256').update(KEY).digest('hex') }]) });
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => NOW }, timeZone: 'Asia/Shanghai' });
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  const read = async <T>(path: string) => (await (await app.request(path, { headers })).json()) as T;
  const post = (path: string, body?: unknown) => app.request(path, { method: 'POST', headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  const send = async (id: string, phone: string, receivedAt: string) => {
    const event = messageEvent('pending-work', id, [phone], receivedAt, '快递三天还没到，很失望', { verifiedBy: 'sms' });
    await processEvent(event);
    return (await store.getFeedback(event.feedbackId))!.customerId;
  };
  const timeline = async (customerId: string) => read<TimelineView>(`/v1/customers/${customerId}/timeline`);
  const itemsOf = async (customerId: string) => (await timeline(customerId)).items.map((item) => item.feedbackId).sort();
  const erase = (customerId: string) => app.request(`/v1/customers/${customerId}`, { method: 'DELETE', headers });
  return { store, cut, read, post, send, timeline, itemsOf, erase };
}

/** A and B, each with messages of its own, B merged into A through the API: their timelines as they were before. */
async function mergedPair(context: Awaited<ReturnType<typeof setup>>) {
  const { post, send, itemsOf } = context;
  const a = await send('a1', 'phone:+8613800138101', '2026-11-20T01:00:00.000Z');
  await send('a2', 'phone:+8613800138101', '2026-11-20T02:00:00.000Z');
  const b = await send('b1', 'phone:+8613800138102', '2026-11-21T01:00:00.000Z');
  await send('b2', 'phone:+8613800138102', '2026-11-21T02:00:00.000Z');
  await send('b3', 'phone:+8613800138102', '2026-11-21T03:00:00.000Z');
  const before = { a: await itemsOf(a), b: await itemsOf(b) };
  const merged = await post(`/v1/customers/${a}/merge`, { customerId: b });
  expect(merged.status).toBe(200);
  const { mergeId } = (await merged.json()) as { mergeId: string };
  return { a, b, mergeId, before };
}

describe.each(stores)('merges and undos left under way, on the %s', (_name, makeStore) => {
  it('an undo cut short (503) shows as under way on both customers, the merge and both timelines; the survivor’s next message finishes it', async () => {
    const context = await setup(makeStore);
    const { cut, read, post, send, timeline, itemsOf } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    expect(await read<CustomerView>(`/v1/customers/${a}`)).not.toHaveProperty('pendingWork');

    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;
    // One of B's three items went back: B's timeline lacks two, and says why.
    expect((await itemsOf(b)).length).toBe(1);
    expect((await read<CustomerView>(`/v1/customers/${a}`)).pendingWork).toEqual([{ mergeId, customerId: b, step: 'undo' }]);
    expect((await read<CustomerView>(`/v1/customers/${b}`)).pendingWork).toEqual([{ mergeId, customerId: a, step: 'undo' }]);
    expect(await read<MergeView>(`/v1/merges/${mergeId}`)).toMatchObject({ mergeId, undoneAt: NOW.toISOString(), pending: 'undo' });
    for (const customerId of [a, b]) expect((await timeline(customerId)).merges).toEqual([expect.objectContaining({ mergeId, pending: 'undo' })]);

    // Nobody repeats the undo: A's next message finishes it.
    const next = await send('a3', 'phone:+8613800138101', '2026-11-24T01:00:00.000Z');
    expect(next).toBe(a);
    expect(await itemsOf(b)).toEqual(before.b);
    expect((await itemsOf(a)).length).toBe(before.a.length + 1);
    for (const customerId of [a, b]) expect(await read<CustomerView>(`/v1/customers/${customerId}`)).not.toHaveProperty('pendingWork');
    expect(await read<MergeView>(`/v1/merges/${mergeId}`)).not.toHaveProperty('pending');
    expect((await timeline(b)).merges).toEqual([expect.not.objectContaining({ pending: expect.anything() })]);
  });

  it('an undo cut short is finished by the next merge into its survivor, before that merge: each side ends with its own items', async () => {
    const context = await setup(makeStore);
    const { cut, read, post, send, itemsOf } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    const c = await send('c1', 'phone:+8613800138103', '2026-11-22T01:00:00.000Z');
    cut.after = 0;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;
    expect((await read<CustomerView>(`/v1/customers/${a}`)).pendingWork).toEqual([{ mergeId, customerId: b, step: 'undo' }]);

    expect((await post(`/v1/customers/${a}/merge`, { customerId: c })).status).toBe(200);
    expect(await itemsOf(b)).toEqual(before.b);
    expect((await itemsOf(a)).length).toBe(before.a.length + 1);
    expect(await read<CustomerView>(`/v1/customers/${a}`)).not.toHaveProperty('pendingWork');
    expect(await read<MergeView>(`/v1/merges/${mergeId}`)).not.toHaveProperty('pending');
  });

  it('an undo cut short is finished by the undo of another merge into its survivor', async () => {
    const context = await setup(makeStore);
    const { cut, read, post, send, itemsOf } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    const c = await send('c1', 'phone:+8613800138103', '2026-11-22T01:00:00.000Z');
    const other = ((await (await post(`/v1/customers/${a}/merge`, { customerId: c })).json()) as { mergeId: string }).mergeId;
    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;

    expect((await post(`/v1/merges/${other}/undo`)).status).toBe(200);
    expect(await itemsOf(b)).toEqual(before.b);
    expect(await itemsOf(a)).toEqual(before.a);
    expect(await read<CustomerView>(`/v1/customers/${a}`)).not.toHaveProperty('pendingWork');
  });

  it('an erasure of the absorbed customer while its undo is under way finishes the undo first: none of its messages stays on the survivor, whose risk is its own again', async () => {
    const context = await setup(makeStore);
    const { store, cut, read, post, send, itemsOf, erase } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;

    const erased = await erase(b);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ customers: 1, items: before.b.length });
    for (const feedbackId of before.b) expect(await store.getFeedback(feedbackId)).toBeUndefined();
    expect(await itemsOf(a)).toEqual(before.a);
    const survivor = await read<CustomerView>(`/v1/customers/${a}`);
    expect(survivor).not.toHaveProperty('pendingWork');
    expect(survivor.risk.negativeDays).toEqual({ '2026-11-20': before.a.length });
    // Nothing under way is left to bring any of them back.
    await send('a3', 'phone:+8613800138101', '2026-11-24T01:00:00.000Z');
    expect((await itemsOf(a)).length).toBe(before.a.length + 1);
    for (const feedbackId of before.b) expect(await store.getFeedback(feedbackId)).toBeUndefined();
  });

  it('an erasure of the survivor while an undo is under way erases its own messages only: the absorbed customer keeps all of its', async () => {
    const context = await setup(makeStore);
    const { store, cut, read, post, itemsOf, erase } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;

    const erased = await erase(a);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ customers: 1, items: before.a.length });
    for (const feedbackId of before.a) expect(await store.getFeedback(feedbackId)).toBeUndefined();
    expect(await itemsOf(b)).toEqual(before.b);
    expect(await read<CustomerView>(`/v1/customers/${b}`)).not.toHaveProperty('pendingWork');
  });

  it('an erasure takes the items an undo begun after it finished the work under way still holds on the survivor', async () => {
    const context = await setup(makeStore);
    const { store, cut, post, itemsOf } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;
    // The undo's mark is not there yet when the erasure looks for work under way.
    const beforeTheUndo = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'getCustomer') return typeof value === 'function' ? value.bind(target) : value;
        return async (customerId: string) => {
          const customer = await target.getCustomer(customerId);
          if (!customer) return undefined;
          const { pendingUndos: _, ...beforeIt } = customer;
          return beforeIt;
        };
      },
    });

    const record = await eraseCustomer({ store: beforeTheUndo as typeof store, clock: { now: () => NOW } }, b, 'admin');
    expect(record).toMatchObject({ items: before.b.length });
    for (const feedbackId of before.b) expect(await store.getFeedback(feedbackId)).toBeUndefined();
    expect(await itemsOf(a)).toEqual(before.a);
  });

  it('an undo left under way by an erasure that did not finish it first (an older version): the survivor’s next message erases what it had yet to hand back', async () => {
    const context = await setup(makeStore);
    const { store, cut, read, post, send, itemsOf } = context;
    const { a, b, mergeId, before } = await mergedPair(context);
    cut.after = 1;
    expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(503);
    cut.after = undefined;
    // Erased as before session 49: the absorbed customer as it stood, with its merge, the undo not finished.
    const person = (await collectPerson(store, b))!;
    const record = { erasureId: 'er_older', at: NOW.toISOString(), by: 'admin', subjectHash: 'f'.repeat(64), customers: 1, identities: person.identities.length, items: person.items.length };
    await store.erase({ customers: [person.customer], identities: person.identities, items: person.items, suggestions: person.suggestions, claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record });
    expect(person.items.length).toBeLessThan(before.b.length);

    await send('a3', 'phone:+8613800138101', '2026-11-24T01:00:00.000Z');
    for (const feedbackId of before.b) {
      expect(await store.getFeedback(feedbackId)).toBeUndefined();
      expect(await store.isKnownFeedback(feedbackId)).toBe(true);
    }
    expect((await itemsOf(a)).length).toBe(before.a.length + 1);
    const survivor = await read<CustomerView>(`/v1/customers/${a}`);
    expect(survivor).not.toHaveProperty('pendingWork');
    expect(survivor.risk.negativeDays).toEqual({ '2026-11-20': before.a.length, '2026-11-24': 1 });
  });

  it('a merge cut short (503) shows as under way until the survivor’s next message finishes it', async () => {
    const context = await setup(makeStore);
    const { cut, read, post, send, itemsOf } = context;
    const a = await send('a1', 'phone:+8613800138101', '2026-11-20T01:00:00.000Z');
    const b = await send('b1', 'phone:+8613800138102', '2026-11-21T01:00:00.000Z');
    await send('b2', 'phone:+8613800138102', '2026-11-21T02:00:00.000Z');
    cut.after = 1;
    expect((await post(`/v1/customers/${a}/merge`, { customerId: b })).status).toBe(503);
    cut.after = undefined;
    const [merge] = (await read<TimelineView>(`/v1/customers/${a}/timeline`)).merges;
    expect(merge).toMatchObject({ pending: 'merge' });
    expect((await read<CustomerView>(`/v1/customers/${b}`)).pendingWork).toEqual([{ mergeId: merge!.mergeId, customerId: b, step: 'merge' }]);
    expect(await read<MergeView>(`/v1/merges/${merge!.mergeId}`)).toMatchObject({ pending: 'merge' });

    await send('a2', 'phone:+8613800138101', '2026-11-24T01:00:00.000Z');
    expect((await itemsOf(a)).length).toBe(4);
    expect(await read<CustomerView>(`/v1/customers/${a}`)).not.toHaveProperty('pendingWork');
    expect(await read<MergeView>(`/v1/merges/${merge!.mergeId}`)).not.toHaveProperty('pending');
  });

  it('a merge and an undo cut short (503) that nothing touches again are finished by the scheduled sweep: the customers and timelines end as if neither had been cut short', async () => {
    const [cutShort, ranThrough] = [await setup(makeStore), await setup(makeStore)];
    const sides = async (context: Awaited<ReturnType<typeof setup>>, cutAfter: number | undefined) => {
      const { cut, post, send } = context;
      const { a, b, mergeId } = await mergedPair(context);
      const c = await send('c1', 'phone:+8613800138103', '2026-11-22T01:00:00.000Z');
      const d = await send('d1', 'phone:+8613800138104', '2026-11-22T02:00:00.000Z');
      await send('d2', 'phone:+8613800138104', '2026-11-22T03:00:00.000Z');
      cut.after = cutAfter;
      expect((await post(`/v1/merges/${mergeId}/undo`)).status).toBe(cutAfter === undefined ? 200 : 503);
      expect((await post(`/v1/customers/${c}/merge`, { customerId: d })).status).toBe(cutAfter === undefined ? 200 : 503);
      cut.after = undefined;
      return [a, b, c, d];
    };
    const customers = await sides(cutShort, 1);
    expect(await sides(ranThrough, undefined)).toEqual(customers);
    const swept = await sweepPendingWork(cutShort.store, { markedBefore: new Date(NOW.getTime() + WORK_SETTLES_AFTER_MS).toISOString() });
    expect(swept).toEqual({ finished: [customers[0], customers[2]].sort(), recent: [], failed: [], unfinished: [], stoppedForTime: false });

    for (const customerId of customers) {
      expect(await cutShort.read<CustomerView>(`/v1/customers/${customerId}`)).toEqual(await ranThrough.read<CustomerView>(`/v1/customers/${customerId}`));
      expect(await cutShort.timeline(customerId)).toEqual(await ranThrough.timeline(customerId));
    }
    expect(await cutShort.store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });
  });

  it('the sweep leaves work marked since `markedBefore` to the request that may still be doing it, and stops when time runs out, the rest left for its next run', async () => {
    const context = await setup(makeStore);
    const { store, cut, post, send } = context;
    const pairs = [['a', 'b'], ['c', 'd'], ['e', 'f']].map(([survivor, absorbed], n) => [`${survivor}1`, `${absorbed}1`, `phone:+86138001381${n}1`, `phone:+86138001381${n}2`] as const);
    const survivors: string[] = [];
    for (const [survivorEvent, absorbedEvent, survivorPhone, absorbedPhone] of pairs) {
      const survivor = await send(survivorEvent, survivorPhone, '2026-11-20T01:00:00.000Z');
      const absorbed = await send(absorbedEvent, absorbedPhone, '2026-11-21T01:00:00.000Z');
      cut.after = 0;
      expect((await post(`/v1/customers/${survivor}/merge`, { customerId: absorbed })).status).toBe(503);
      cut.after = undefined;
      survivors.push(survivor);
    }
    survivors.sort();
    expect(await sweepPendingWork(store, { markedBefore: NOW.toISOString() })).toEqual({ finished: [], recent: survivors, failed: [], unfinished: [], stoppedForTime: false });

    let started = 0;
    const oneAtATime = () => (started += 1) <= 1;
    const later = new Date(NOW.getTime() + WORK_SETTLES_AFTER_MS).toISOString();
    expect(await sweepPendingWork(store, { markedBefore: later, hasTimeLeft: oneAtATime })).toEqual({ finished: survivors.slice(0, 1), recent: [], failed: [], unfinished: [], stoppedForTime: true });
    expect(await sweepPendingWork(store, { markedBefore: later })).toEqual({ finished: survivors.slice(1), recent: [], failed: [], unfinished: [], stoppedForTime: false });
    for (const survivor of survivors) expect((await context.itemsOf(survivor)).length).toBe(2);
  });

  it('the sweep finishes a chain of merges cut short whatever order it lists them in, and counts a customer finished only once nothing is under way on it (review)', async () => {
    const { store, send, itemsOf } = await setup(makeStore);
    const [first, middle, last] = [
      await send('c1', 'phone:+8613800138201', '2026-11-20T01:00:00.000Z'),
      await send('b1', 'phone:+8613800138202', '2026-11-21T01:00:00.000Z'),
      await send('x1', 'phone:+8613800138203', '2026-11-22T01:00:00.000Z'),
    ].sort() as [string, string, string];
    // Cut short after their first write, as an API Lambda timing out leaves them: last → middle, then middle → first,
    // so the listing (by id) takes first, whose merge waits on middle's, before middle.
    expect((await store.beginMerge({ survivorId: middle, absorbedId: last, mergedAt: '2026-11-24T00:00:00.000Z', by: KEY, reason: 'same person' })).status).toBe('started');
    expect((await store.beginMerge({ survivorId: first, absorbedId: middle, mergedAt: '2026-11-24T00:01:00.000Z', by: KEY, reason: 'same person' })).status).toBe('started');

    expect(await sweepPendingWork(store, { markedBefore: NOW.toISOString() })).toEqual({ finished: [first, middle], recent: [], failed: [], unfinished: [], stoppedForTime: false });
    expect(await store.customersWithPendingWork({ limit: 10 })).toEqual({ items: [] });
    expect((await itemsOf(first)).length).toBe(3);
  });
});
