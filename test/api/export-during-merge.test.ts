/**
 * A merge moves an item from the customer merged in to the person's own customer in one step;
 * an export page reads both timelines. If it read the person's timeline over the item's time
 * before the move and the merged-in one after, the item would be on neither read: the page, and
 * every page after it (they start after its last item), would leave it out. Here a store moves
 * items between the page's reads, and the export still gives each item exactly once.
 */
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { mergeCustomers } from '../../shared/identity/merges.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import type { FeedbackRecord, Page } from '../../shared/model.ts';
import type { TimelineQuery } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const now = new Date('2026-11-25T00:00:00Z');
/** About 40 KB of UTF-8: a hundred make a page. */
const LONG_MAIL = '房间隔音太差，整晚都睡不好，要求退款。'.repeat(700).slice(0, 13_000);

type AfterRead = (customerId: string, page: Page<FeedbackRecord>) => Promise<void>;

/**
 * The local store, whose timeline reads of `lateCustomerId` wait for every other read in flight,
 * and what `afterRead` does (a merge moving items) with it: a read the export starts alongside
 * the late customer's happens, with its moves, first.
 */
function movingBetweenReads(local: LocalStore, lateCustomerId: () => string, afterRead: AfterRead): LocalStore {
  const inFlight = new Set<Promise<unknown>>();
  const read = async (customerId: string, query: TimelineQuery) => {
    const page = await local.listTimeline(customerId, query);
    await afterRead(customerId, page);
    return page;
  };
  return new Proxy(local, {
    get(target, key) {
      if (key === 'listTimeline') {
        return async (customerId: string, query: TimelineQuery) => {
          if (customerId === lateCustomerId()) await Promise.all([...inFlight]);
          const reading = read(customerId, query);
          inFlight.add(reading);
          try {
            return await reading;
          } finally {
            inFlight.delete(reading);
          }
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function setup() {
  const local = new LocalStore();
  const people = { person: '', mergedIn: '' };
  let afterRead: AfterRead = async () => {};
  const store = movingBetweenReads(local, () => people.mergedIn, (customerId, page) => afterRead(customerId, page));
  const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['k'])) });
  const request = (path: string) => app.request(path, { headers: { authorization: 'Bearer k' } });
  const processEvent = createEventProcessor({ store: local, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
  /** `count` mails from one identity, one every `every` minutes back from `newest` minutes ago. */
  const send = async (identity: string, count: number, text: string, { newest = 0, every = 1 } = {}) => {
    for (let i = 0; i < count; i += 1) {
      const receivedAt = new Date(now.getTime() - (newest + i * every) * 60_000).toISOString();
      await processEvent(messageEvent('export-during-merge', `${identity}-${i}`, [identity], receivedAt, text));
    }
    return (await local.getIdentityOwner(identity))!;
  };
  const mergeRequest = (survivorId: string, absorbedId: string) => ({ survivorId, absorbedId, mergedAt: now.toISOString(), by: 'k', reason: 'one person' });
  /** A merge begun, its items not moved yet. */
  const beginMerge = async (survivorId: string, absorbedId: string) => {
    const begun = await local.beginMerge(mergeRequest(survivorId, absorbedId));
    if (begun.status !== 'started') throw new Error(`merge not begun: ${begun.status}`);
    return begun.mergeId;
  };
  /** Two people's mails, interleaved in time, and a merge of the second into the first begun. */
  const pendingMerge = async (count: number, text: string) => {
    people.person = await send('email:li@example.com', count, text, { every: 2 });
    people.mergedIn = await send('phone:+8613800138000', count, text, { newest: 1, every: 2 });
    const mergeId = await beginMerge(people.person, people.mergedIn);
    return { ...people, mergeId, merge: mergeRequest(people.person, people.mergedIn) };
  };
  /** Every page of the person's export, following each page's cursor. */
  const exportAll = async (customerId: string) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const answer = await request(`/v1/customers/${customerId}/export${cursor ? `?cursor=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      const page = (await answer.json()) as { items: { feedbackId: string }[]; nextCursor?: string };
      ids.push(...page.items.map((item) => item.feedbackId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { ids, pages };
  };
  return { local, send, beginMerge, pendingMerge, exportAll, onRead: (then: AfterRead) => (afterRead = then) };
}

describe('an export page read while a merge moves items', () => {
  it("gives an item the merge moves between its read of the person's timeline and of the customer merged in", async () => {
    const { local, pendingMerge, exportAll, onRead } = await setup();
    const { person, mergedIn, merge } = await pendingMerge(3, '房间很吵');
    let merged = false;
    onRead(async (customerId) => {
      if (customerId !== person || merged) return;
      merged = true;
      // The same request again finishes the merge: every item moves to the person's own timeline.
      expect((await mergeCustomers(local, merge)).status).toBe('merged');
    });

    const { ids } = await exportAll(person);
    expect(merged).toBe(true);
    expect((await local.listTimeline(mergedIn, { limit: 10 })).items).toEqual([]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('gives every item once over many pages when each read of the person is followed by moving what it read past', async () => {
    const { local, pendingMerge, exportAll, onRead } = await setup();
    const { person, mergedIn, mergeId } = await pendingMerge(130, LONG_MAIL);
    const all = new Set([...(await local.listTimeline(person, { limit: 1000 })).items, ...(await local.listTimeline(mergedIn, { limit: 1000 })).items].map((item) => item.feedbackId));
    onRead(async (customerId, page) => {
      const oldestRead = page.items.at(-1);
      if (customerId !== person || !oldestRead) return;
      // What the merged-in customer holds as new as what this read reached, moved as the merge would move it.
      for (const item of (await local.listTimeline(mergedIn, { limit: 1000 })).items) {
        if (item.receivedAt < oldestRead.receivedAt) continue;
        await local.moveFeedback({ feedbackId: item.feedbackId, from: mergedIn, to: person, mergedVia: [mergeId], mergeId, counted: 1 });
      }
    });

    const { ids, pages } = await exportAll(person);
    expect(pages).toBeGreaterThan(2);
    expect(ids).toHaveLength(all.size);
    expect(new Set(ids)).toEqual(all);
  }, 120_000);

  it('gives every item once while a chain of two merges moves items at random after every read', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { local, send, beginMerge, exportAll, onRead } = await setup();
      const person = await send(`email:li${seed}@example.com`, 150, '房间很吵', { every: 3 });
      const phone = await send(`phone:+861380013800${seed}`, 150, '早餐很差', { newest: 1, every: 3 });
      const wechat = await send(`wechat:li${seed}`, 150, '空调坏了', { newest: 2, every: 3 });
      // The customer a WeChat account made is merged into the phone's, and that into the person's.
      const chain = [
        { from: wechat, to: phone, mergeId: await beginMerge(phone, wechat) },
        { from: phone, to: person, mergeId: await beginMerge(person, phone) },
      ];
      const random = seededRandom(seed);
      onRead(async () => {
        for (let moves = Math.floor(random() * 40); moves > 0; moves -= 1) {
          const { from, to, mergeId } = chain[Math.floor(random() * chain.length)]!;
          const { items } = await local.listTimeline(from, { limit: 1000 });
          const item = items[Math.floor(random() * items.length)];
          if (item) await local.moveFeedback({ feedbackId: item.feedbackId, from, to, mergedVia: [...(item.mergedVia ?? []), mergeId], mergeId, counted: 1 });
        }
      });

      const { ids } = await exportAll(person);
      expect(ids, `seed ${seed}`).toHaveLength(450);
      expect(new Set(ids).size, `seed ${seed}`).toBe(450);
    }
  }, 120_000);
});

/** Repeatable draws in [0, 1) (mulberry32): a failure names the seed that reproduces it. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
