import { LocalStore } from '../shared/adapters/local/local-store.ts';
import { createApiApp } from '../shared/api/app.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { loadConfig } from '../shared/config.ts';
import { deriveFeedbackId } from '../shared/event.ts';
import { configuredKeys, staticKeyRing } from '../shared/keys/keys.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';

const MEGABYTE = 1_000_000;
/** A synchronous Lambda answers at most 6 MiB; API Gateway says 500 past it. */
const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

/**
 * The export, the timeline and the work queue (pages of 100) of one person who sent long mails
 * (100,000 characters, the most an event carries): answers, the largest, time to read them all.
 */
export async function run(): Promise<void> {
  console.log('listings of long mails (local store): answers, the largest, time to read them all');
  const now = new Date('2026-11-25T00:00:00Z');
  const text = '快递三天还没到，客服也不回复，太差了。'.repeat(5_300).slice(0, 100_000);
  for (const mails of [20, 60]) {
    const store = new LocalStore();
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['bench'])) });
    const get = (path: string) => app.request(path, { headers: { authorization: 'Bearer bench' } });
    for (let i = 0; i < mails; i += 1) {
      const receivedAt = new Date(now.getTime() - i * 60_000).toISOString();
      await processEvent({ schemaVersion: 1, feedbackId: deriveFeedbackId('bench-export', String(i)), channel: 'email', source: 'email', kind: 'message', receivedAt, identities: ['email:li@example.com'], text, metadata: {} });
    }
    const { customerId } = (await (await get('/v1/customers?identity=email:li@example.com')).json()) as { customerId: string };
    const listings: Record<string, string> = {
      export: `/v1/customers/${customerId}/export?`,
      timeline: `/v1/customers/${customerId}/timeline?limit=100&`,
      'work queue': '/v1/feedback?limit=100&',
    };
    for (const [listing, path] of Object.entries(listings)) {
      const started = performance.now();
      let largest = 0;
      let answers = 0;
      let cursor: string | undefined;
      do {
        const body = await (await get(`${path}${cursor ? `cursor=${cursor}` : ''}`)).text();
        largest = Math.max(largest, Buffer.byteLength(body));
        answers += 1;
        cursor = (JSON.parse(body) as { nextCursor?: string }).nextCursor;
      } while (cursor);
      const over = largest > LAMBDA_RESPONSE_BYTES ? " (over Lambda's 6 MiB: 500 in AWS)" : '';
      console.log(`  ${String(mails).padStart(3)} mails, ${listing.padEnd(10)}: ${answers} answer(s), largest ${(largest / MEGABYTE).toFixed(1)} MB${over}, ${(performance.now() - started).toFixed(0)} ms`);
    }
  }
}
