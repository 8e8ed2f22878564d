/**
 * Listings paged while the data under them changes: a customer with thousands of items paged
 * while new items arrive and a merge and its undo run, through the API on the local store. No item
 * that belongs to the timeline throughout may be lost or repeated, and a cursor a client holds
 * stays usable across the merge and the undo.
 */
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';

const KEY = 'listings-key';
const auth = { authorization: `Bearer ${KEY}` };
type Page = { customerId: string; items: { feedbackId: string }[]; nextCursor?: string };

async function setup() {
  const store = new LocalStore();
  const clock = { now: () => new Date('2026-11-30T00:00:00Z') };
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock, timeZone: 'Asia/Shanghai' });
  const app = createApiApp({ config: loadConfig({}), store, clock, keyRing: staticKeyRing(configuredKeys([KEY])) });
  let sequence = 0;
  const send = async (identity: string, receivedAt: Date) => {
    sequence += 1;
    const feedbackId = deriveFeedbackId('listings', String(sequence));
    await processEvent({ schemaVersion: 1, feedbackId, channel: 'web', source: 'forms', kind: 'message', receivedAt: receivedAt.toISOString(), identities: [identity], verifiedIdentities: [identity], text: `第${sequence}次反馈：物流太慢了`, metadata: {} });
    return feedbackId;
  };
  const customerOf = async (identity: string) => ((await (await app.request(`/v1/customers?identity=${identity}`, { headers: auth })).json()) as { customerId: string }).customerId;
  const page = async (customerId: string, cursor?: string) => {
    const response = await app.request(`/v1/customers/${customerId}/timeline?limit=50${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Page;
  };
  const post = async (path: string, body?: object) => {
    const response = await app.request(path, { method: 'POST', headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as { mergeId: string };
  };
  const request = (method: string, path: string, body?: object) =>
    app.request(path, { method, headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { send, customerOf, page, post, request };
}

/** Interleaved in time, a minute apart, before the paging starts. */
async function seed(send: (identity: string, at: Date) => Promise<string>, counts: Record<string, number>) {
  const ids: Record<string, string[]> = Object.fromEntries(Object.keys(counts).map((identity) => [identity, []]));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const left = { ...counts };
  for (let i = 0; i < total; i += 1) {
    const identity = Object.keys(left).find((name, index) => left[name]! > 0 && (i % Object.keys(left).length === index || Object.values(left).filter((n) => n > 0).length === 1))
      ?? Object.keys(left).find((name) => left[name]! > 0)!;
    left[identity]! -= 1;
    ids[identity]!.push(await send(identity, new Date(Date.parse('2026-10-01T00:00:00Z') + i * 60_000)));
  }
  return ids;
}

/** Every item id of a customer's timeline, page after page, `between` run after each page with the pages read so far. */
async function pageThrough(
  page: (customerId: string, cursor: string | undefined) => Promise<{ items: { feedbackId: string }[]; nextCursor?: string }>,
  customerId: string,
  between: (pages: number) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const current = await page(customerId, cursor);
    seen.push(...current.items.map((item) => item.feedbackId));
    cursor = current.nextCursor;
    pages += 1;
    await between(pages);
  } while (cursor);
  return seen;
}

describe('timeline pages while the timeline changes', () => {
  it("pages the survivor's 2,000 items exactly once while new items arrive and another customer is merged in and the merge undone", async () => {
    const { send, customerOf, page, post } = await setup();
    const ids = await seed(send, { 'email:a@example.com': 2_000, 'email:b@example.com': 300 });
    const [a, b] = [await customerOf('email:a@example.com'), await customerOf('email:b@example.com')];
    let mergeId = '';
    const seen = await pageThrough(page, a, async (pages) => {
      if (pages % 5 === 0) await send('email:a@example.com', new Date(Date.parse('2026-11-29T00:00:00Z') + pages * 1000));
      if (pages === 8) mergeId = (await post(`/v1/customers/${a}/merge`, { customerId: b, reason: 'same person' })).mergeId;
      if (pages === 30) await post(`/v1/merges/${mergeId}/undo`);
    });
    expect(seen.length - new Set(seen).size).toBe(0);
    expect(ids['email:a@example.com']!.filter((id) => !seen.includes(id))).toEqual([]);
  }, 120_000);

  it("pages the absorbed customer's items exactly once with the cursor it holds, across the merge into another and its undo", async () => {
    const { send, customerOf, page, post } = await setup();
    const ids = await seed(send, { 'email:a@example.com': 600, 'email:b@example.com': 600 });
    const [a, b] = [await customerOf('email:a@example.com'), await customerOf('email:b@example.com')];
    let mergeId = '';
    const seen = await pageThrough(page, b, async (pages) => {
      if (pages === 3) mergeId = (await post(`/v1/customers/${a}/merge`, { customerId: b, reason: 'same person' })).mergeId;
      if (pages === 12) await post(`/v1/merges/${mergeId}/undo`);
    });
    expect(seen.length - new Set(seen).size).toBe(0);
    expect(ids['email:b@example.com']!.filter((id) => !seen.includes(id))).toEqual([]);
  }, 120_000);

  it('pages the work queue exactly once while statuses change on both sides of the cursor', async () => {
    const { send, request } = await setup();
    const ids = await seed(send, { 'email:a@example.com': 400, 'email:b@example.com': 400 });
    const all = [...ids['email:a@example.com']!, ...ids['email:b@example.com']!];
    const changed = new Set<string>();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await request('GET', `/v1/feedback?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const current = (await response.json()) as Page;
      seen.push(...current.items.map((item) => item.feedbackId));
      cursor = current.nextCursor;
      pages += 1;
      // One item already paged and one still ahead leave the queue, and one paged item comes back reopened.
      for (const id of [seen[seen.length - 3]!, all.find((id) => !seen.includes(id) && !changed.has(id))]) {
        if (!id) continue;
        changed.add(id);
        expect((await request('PATCH', `/v1/feedback/${id}`, { status: 'resolved' })).status).toBe(200);
      }
      if (pages === 4) expect((await request('PATCH', `/v1/feedback/${seen[seen.length - 3]}`, { status: 'reopened' })).status).toBe(200);
    } while (cursor);
    expect(seen.length - new Set(seen).size).toBe(0);
    expect(all.filter((id) => !changed.has(id) && !seen.includes(id))).toEqual([]);
  }, 120_000);

  it('answers a cursor reused after its customer was erased with 404 and a machine-readable body', async () => {
    const { send, customerOf, page, request } = await setup();
    await seed(send, { 'email:a@example.com': 120 });
    const a = await customerOf('email:a@example.com');
    const first = await page(a);
    expect((await request('DELETE', `/v1/customers/${a}`)).status).toBe(200);
    const after = await request('GET', `/v1/customers/${a}/timeline?limit=50&cursor=${first.nextCursor}`);
    expect(after.status).toBe(404);
    expect(await after.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
