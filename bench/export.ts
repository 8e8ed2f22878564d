import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DynamoStore } from '../shared/adapters/aws/dynamo-store.ts';
import { createApiApp } from '../shared/api/app.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { loadConfig } from '../shared/config.ts';
import { deriveFeedbackId } from '../shared/event.ts';
import { configuredKeys, staticKeyRing } from '../shared/keys/keys.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';
import { createTestTable, dynamoDbClient } from '../test/support/dynamodb.ts';
import { startDynamoDbLocal } from '../test/support/emulators.ts';
import { difference, meter, snapshot } from './dynamo-meter.ts';

const PERSON_ITEMS = 3_000;
const MERGED_IN_ITEMS = 500;
/** About 2 KB of UTF-8 a message (three bytes a character). */
const TEXT = '快递三天还没到，客服也不回复，太失望了。订单号 A-1024，请尽快处理。'.repeat(20).slice(0, 650);
const MEGABYTE = 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The export of one person (3,000 messages of about 2 KB, and a customer of 500 merged into it)
 * from DynamoDB Local: requests and read units (as ReturnConsumedCapacity reports them) per page
 * and for the whole export, and the heap a page takes above what the process held before it.
 */
export async function run(): Promise<void> {
  console.log(`export of a person with ${PERSON_ITEMS} items of about 2 KB and a merged-in customer with ${MERGED_IN_ITEMS} (DynamoDB Local)`);
  const dynamo = await startDynamoDbLocal();
  try {
    const { tableName, client } = await createTestTable(dynamo.endpoint);
    const usage = meter(client, dynamoDbClient(dynamo.endpoint), tableName);
    const store = new DynamoStore(tableName, client);
    const now = new Date('2026-11-25T00:00:00Z');
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
    const app = createApiApp({ config: loadConfig({}), store, clock: { now: () => now }, keyRing: staticKeyRing(configuredKeys(['bench'])) });
    const request = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { authorization: 'Bearer bench', 'content-type': 'application/json' } });

    const send = (name: string, i: number, identity: string) =>
      processEvent({ schemaVersion: 1, feedbackId: deriveFeedbackId('bench-export', `${name}-${i}`), channel: 'email', source: 'email', kind: 'message', receivedAt: new Date(now.getTime() - i * 60_000).toISOString(), identities: [identity], text: `${i} ${TEXT}`, metadata: {} });
    for (let i = 0; i < PERSON_ITEMS; i += 1) await send('person', 2 * i, 'email:li@example.com');
    for (let i = 0; i < MERGED_IN_ITEMS; i += 1) await send('merged', 2 * i + 1, 'phone:+8613800138000');
    const customerOf = async (identity: string) => ((await (await request(`/v1/customers?identity=${identity}`)).json()) as { customerId: string }).customerId;
    const [person, mergedIn] = [await customerOf('email:li@example.com'), await customerOf('phone:+8613800138000')];
    const merged = await request(`/v1/customers/${person}/merge`, { method: 'POST', body: JSON.stringify({ customerId: mergedIn }) });
    if (merged.status !== 200) throw new Error(`merge answered ${merged.status}`);

    const whole = snapshot(usage);
    const started = performance.now();
    let cursor: string | undefined;
    let pages = 0;
    let items = 0;
    let largestHeap = 0;
    do {
      collectGarbage();
      const baseline = process.memoryUsage().heapUsed;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
      const before = snapshot(usage);
      const answer = await request(`/v1/customers/${person}/export${cursor ? `?cursor=${cursor}` : ''}`);
      const body = (await answer.json()) as { items: unknown[]; nextCursor?: string };
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      clearInterval(sampler);
      const page = difference(usage, before, 1);
      pages += 1;
      items += body.items.length;
      largestHeap = Math.max(largestHeap, peak - baseline);
      console.log(`  page ${pages}: ${body.items.length} items, ${page.requests} requests, ${page.readUnits.toFixed(1)} read units, heap peak +${((peak - baseline) / MEGABYTE).toFixed(1)} MiB`);
      cursor = body.nextCursor;
    } while (cursor);
    const total = difference(usage, whole, 1);
    console.log(`  whole export: ${pages} pages, ${items} items, ${total.requests} requests, ${total.readUnits.toFixed(1)} read units, largest heap peak +${(largestHeap / MEGABYTE).toFixed(1)} MiB, ${(performance.now() - started).toFixed(0)} ms`);
  } finally {
    await dynamo.stop();
  }
}
