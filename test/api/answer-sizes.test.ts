/**
 * Every listing answers in pages of at most 4 MiB of items: Lambda answers at most 6 MB (API
 * Gateway then says 500), and a person's long mails (100,000 characters each, 300 KB of UTF-8)
 * made one export, one timeline page or one work-queue page of 100 larger than that. The shape is
 * asserted: every answer's size, and that the pages together list every item once, in order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { loadConfig } from '../../shared/config.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { messageEvent } from '../support/feedback-event.ts';

/** What a synchronous Lambda invocation may answer. */
const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;
const now = new Date('2026-11-25T00:00:00Z');
const COUNT = 24;

describe('listings of long messages', () => {
  const store = new LocalStore();
  const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['k'])) });
  const get = (path: string) => app.request(path, { headers: { authorization: 'Bearer k' } });
  let customerId = '';

  beforeAll(async () => {
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    const longMail = '快递三天还没到，客服也不回复，太差了。'.repeat(5_300).slice(0, 100_000);
    // Quotes and backslashes are escaped again when Lambda's runtime writes the answer's body into its JSON envelope: twice the bytes.
    const escapedTwice = `快递三天还没到，客服也不回复，太差了。${'"'.repeat(99_000)}`;
    // Two at each instant: a page may end between them.
    for (let i = 0; i < COUNT; i += 1) {
      const receivedAt = new Date(now.getTime() - Math.floor(i / 2) * 60_000).toISOString();
      await processEvent(messageEvent('answer-sizes', String(i), ['email:li@example.com'], receivedAt, i % 6 === 0 ? longMail : escapedTwice));
    }
    ({ customerId } = (await (await get('/v1/customers?identity=email:li@example.com')).json()) as { customerId: string });
  }, 60_000);

  it.each([
    ['the export', () => `/v1/customers/${customerId}/export?`],
    ['the timeline', () => `/v1/customers/${customerId}/timeline?limit=100&`],
    ['the work queue', () => '/v1/feedback?limit=100&'],
  ])('%s answers in pages under what Lambda can return, every item once, newest first', async (_listing, path) => {
    const ids: string[] = [];
    const received: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await get(`${path()}${cursor ? `cursor=${cursor}` : ''}`);
      const body = await response.text();
      expect(response.status).toBe(200);
      // As the Lambda runtime returns it: the body a JSON string inside the answer's JSON.
      expect(Buffer.byteLength(JSON.stringify({ statusCode: response.status, headers: Object.fromEntries(response.headers), body }))).toBeLessThan(LAMBDA_RESPONSE_BYTES);
      const page = JSON.parse(body) as { items: { feedbackId: string; receivedAt: string }[]; nextCursor?: string };
      ids.push(...page.items.map((item) => item.feedbackId));
      received.push(...page.items.map((item) => item.receivedAt));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids).toHaveLength(COUNT);
    expect(received).toEqual([...received].sort().reverse());
  });

  it('refuses an export cursor it did not issue', async () => {
    expect((await get(`/v1/customers/${customerId}/export?cursor=notacursorofthisexport`)).status).toBe(400);
  });
});

describe('an export whose person changes between its pages', () => {
  it('is refused, not continued without what the merge brought (an access request answered short)', async () => {
    const store = new LocalStore();
    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['k'])) });
    const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { authorization: 'Bearer k', 'content-type': 'application/json' } });
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    const longMail = '房间隔音太差，整晚都睡不好，要求退款。'.repeat(5_300).slice(0, 100_000);
    for (let i = 0; i < 16; i += 1) {
      await processEvent(messageEvent('export-merge', String(i), ['email:wang@example.com'], new Date(now.getTime() - (i + 1) * 60_000).toISOString(), longMail));
    }
    // The same person's phone, newest of all: on the export's first page once merged in.
    await processEvent(messageEvent('export-merge', 'phone', ['phone:+8613800138000'], now.toISOString(), '退款还没到'));
    const customerOf = async (identity: string) => ((await (await request(`/v1/customers?identity=${identity}`)).json()) as { customerId: string }).customerId;
    const [person, phone] = [await customerOf('email:wang@example.com'), await customerOf('phone:+8613800138000')];

    const first = (await (await request(`/v1/customers/${person}/export`)).json()) as { nextCursor?: string };
    expect(first.nextCursor).toBeDefined();
    expect((await request(`/v1/customers/${person}/merge`, { method: 'POST', body: JSON.stringify({ customerId: phone }) })).status).toBe(200);
    expect((await request(`/v1/customers/${person}/export?cursor=${first.nextCursor}`)).status).toBe(400);

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await (await request(`/v1/customers/${person}/export${cursor ? `?cursor=${cursor}` : ''}`)).json()) as { items: { feedbackId: string }[]; nextCursor?: string };
      ids.push(...page.items.map((item) => item.feedbackId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(17);
  }, 60_000);
});
