/**
 * An export page reads what it answers: the items after the cursor's place, from each customer's
 * timeline, up to the page's 4 MiB, not the whole person once a page. Reads are counted through a
 * store that counts the items its timelines give.
 */
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import type { Store } from '../../shared/ports.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

const now = new Date('2026-11-25T00:00:00Z');
/** About 40 KB of UTF-8: a hundred make a page. */
const LONG_MAIL = '房间隔音太差，整晚都睡不好，要求退款。'.repeat(700).slice(0, 13_000);

/**
 * The store, and how many items its timelines gave since the count was last taken. `stale`
 * timelines list another's items too, as a lagging index lists an item a merge moved on both.
 */
function countingTimelineReads(store: LocalStore, stale: Map<string, string> = new Map()): { store: LocalStore; itemsRead: () => number } {
  let read = 0;
  const counted = new Proxy(store, {
    get(target, key) {
      if (key === 'listTimeline') {
        return async (customerId: string, query: Parameters<Store['listTimeline']>[1]) => {
          const page = await target.listTimeline(stale.get(customerId) ?? customerId, query);
          read += page.items.length;
          return page;
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store: counted,
    itemsRead: () => {
      const taken = read;
      read = 0;
      return taken;
    },
  };
}

async function setup(stale?: Map<string, string>) {
  const local = new LocalStore();
  const { store, itemsRead } = countingTimelineReads(local, stale);
  const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['k'])) });
  const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { authorization: 'Bearer k', 'content-type': 'application/json' } });
  const processEvent = createEventProcessor({ store: local, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
  /** `count` mails from one identity, one a minute back from `newest` minutes ago, `every` minutes apart. */
  const send = async (identity: string, count: number, { newest = 0, every = 1 } = {}) => {
    for (let i = 0; i < count; i += 1) {
      const receivedAt = new Date(now.getTime() - (newest + i * every) * 60_000).toISOString();
      await processEvent(messageEvent('export-reads', `${identity}-${i}`, [identity], receivedAt, LONG_MAIL));
    }
    return ((await (await request(`/v1/customers?identity=${identity}`)).json()) as { customerId: string }).customerId;
  };
  type ExportPage = { identities: string[]; items: { feedbackId: string; receivedAt: string }[]; nextCursor?: string };
  const exportPage = async (customerId: string, cursor?: string) => {
    const answer = await request(`/v1/customers/${customerId}/export${cursor ? `?cursor=${cursor}` : ''}`);
    expect(answer.status).toBe(200);
    return (await answer.json()) as ExportPage;
  };
  return { local, request, send, exportPage, itemsRead };
}

describe('export pages', () => {
  it('read about what they answer, however many items the person has', async () => {
    const { request, send, exportPage, itemsRead } = await setup();
    const person = await send('email:li@example.com', 300, { every: 2 });
    const mergedIn = await send('phone:+8613800138000', 60, { newest: 1, every: 2 });
    expect((await request(`/v1/customers/${person}/merge`, { method: 'POST', body: JSON.stringify({ customerId: mergedIn }) })).status).toBe(200);
    itemsRead();

    const exported: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await exportPage(person, cursor);
      // At most one item past the page on each of the person's two timelines.
      expect(itemsRead()).toBeLessThanOrEqual(page.items.length + 2);
      exported.push(...page.items.map((item) => item.feedbackId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(exported).toHaveLength(360);
    expect(new Set(exported).size).toBe(360);
  }, 120_000);

  it('give every item once, newest first, when a merge cut short moves its items between two pages', async () => {
    const { local, request, send, exportPage } = await setup();
    const person = await send('email:li@example.com', 150, { every: 2 });
    const mergedIn = await send('phone:+8613800138000', 90, { newest: 1, every: 2 });
    // The merge is recorded but its items are still on the customer merged in (the store failed after its first write).
    const begun = await local.beginMerge({ survivorId: person, absorbedId: mergedIn, mergedAt: now.toISOString(), by: 'k', reason: 'one person' });
    expect(begun.status).toBe('started');

    const first = await exportPage(person);
    expect(first.nextCursor).toBeDefined();
    expect(first.identities).toEqual(['email:li@example.com', 'phone:+8613800138000']);
    // The same request again finishes the merge: every item moves to the person's own timeline.
    expect((await request(`/v1/customers/${person}/merge`, { method: 'POST', body: JSON.stringify({ customerId: mergedIn }) })).status).toBe(200);
    expect((await local.listTimeline(mergedIn, { limit: 10 })).items).toEqual([]);

    const pages = [first];
    while (pages.at(-1)!.nextCursor) pages.push(await exportPage(person, pages.at(-1)!.nextCursor));
    const items = pages.flatMap((page) => page.items);
    expect(pages.length).toBeGreaterThan(2);
    expect(items).toHaveLength(240);
    expect(new Set(items.map((item) => item.feedbackId)).size).toBe(240);
    expect(items.map((item) => item.receivedAt)).toEqual(items.map((item) => item.receivedAt).sort().reverse());
  }, 120_000);

  it("give an item once while a lagging index lists it on two of the person's timelines", async () => {
    const stale = new Map<string, string>();
    const { request, send, exportPage } = await setup(stale);
    const person = await send('email:li@example.com', 150, { every: 2 });
    const mergedIn = await send('phone:+8613800138000', 90, { newest: 1, every: 2 });
    expect((await request(`/v1/customers/${person}/merge`, { method: 'POST', body: JSON.stringify({ customerId: mergedIn }) })).status).toBe(200);
    stale.set(mergedIn, person);

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await exportPage(person, cursor);
      ids.push(...page.items.map((item) => item.feedbackId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(240);
    expect(new Set(ids).size).toBe(240);
  }, 120_000);
});
