/**
 * An export answers in pages of at most 4 MiB of items: Lambda answers at most 6 MB (API Gateway
 * then says 500), and twenty long mails from one person (100,000 characters each, 300 KB of
 * UTF-8) made one export larger than that. The shape is asserted: every answer's size.
 */
import { describe, expect, it } from 'vitest';
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

describe('customer export', () => {
  it('answers a large history in pages under what Lambda can return, every item once, newest first', { timeout: 60_000 }, async () => {
    const store = new LocalStore();
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['k'])) });
    const get = (path: string) => app.request(path, { headers: { authorization: 'Bearer k' } });
    const longMail = '快递三天还没到，客服也不回复，太差了。'.repeat(5_300).slice(0, 100_000);
    const count = 24;
    // Two at the same instant: a page may end between them.
    const times = Array.from({ length: count }, (_, i) => new Date(now.getTime() - Math.floor(i / 2) * 60_000).toISOString());
    for (const [i, receivedAt] of times.entries()) await processEvent(messageEvent('export-pages', String(i), ['email:li@example.com'], receivedAt, longMail));
    const { customerId } = (await (await get('/v1/customers?identity=email:li@example.com')).json()) as { customerId: string };

    const ids: string[] = [];
    const received: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await get(`/v1/customers/${customerId}/export${cursor ? `?cursor=${cursor}` : ''}`);
      const body = await response.text();
      expect(response.status).toBe(200);
      expect(Buffer.byteLength(body)).toBeLessThan(LAMBDA_RESPONSE_BYTES);
      const page = JSON.parse(body) as { customer: { customerId: string }; items: { feedbackId: string; receivedAt: string }[]; nextCursor?: string };
      expect(page.customer.customerId).toBe(customerId);
      ids.push(...page.items.map((item) => item.feedbackId));
      received.push(...page.items.map((item) => item.receivedAt));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(count);
    expect(ids).toHaveLength(count);
    expect(received).toEqual([...received].sort().reverse());
    expect((await get(`/v1/customers/${customerId}/export?cursor=notacursorofthisexport`)).status).toBe(400);
  });
});
