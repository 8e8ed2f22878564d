/**
 * Work-queue benchmark: how long a page of the queue takes on the embedded store with every kind
 * of filter, at a volume far beyond a support team's day, and how many index entries each item
 * writes (the DynamoDB write cost of keeping every filter on an index). Called by bench/run.ts.
 */
import { LocalStore } from '../shared/adapters/local/local-store.ts';
import { queueEntries, type WorkQueueFilter } from '../shared/cases/work-queue.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';
import { seedMonthEvents } from '../test/digest/seed-month.ts';

const now = new Date('2026-11-23T00:30:00Z');
const RUNS = 200;

const VIEWS: [string, WorkQueueFilter][] = [
  ['default view (active, urgent first)', {}],
  ['status=acknowledged', { status: 'acknowledged' }],
  ['type=delivery', { type: 'delivery' }],
  ['urgent=true', { urgent: true }],
  ['channel=sms&sentiment=positive (rare pair)', { channel: 'sms', sentiment: 'positive' }],
  ['intent=inquiry&from&to (one week)', { intent: 'inquiry', from: '2026-11-10T00:00:00.000Z', to: '2026-11-16T23:59:59.999Z' }],
];

export async function run(): Promise<void> {
  console.log('work queue (shared/cases/work-queue.ts on the embedded store)');
  const store = new LocalStore();
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: 'Asia/Shanghai' });
  const events = seedMonthEvents({ lastDay: '2026-11-22', perDay: 400, customers: 2_000 });
  for (const event of events) await processEvent(event);
  let entries = 0;
  let queued = 0;
  for (const event of events) {
    const record = (await store.getFeedback(event.feedbackId))!;
    const written = queueEntries(record).length;
    entries += written;
    if (written) queued += 1;
  }
  console.log(`  seeded ${events.length} items over 30 days; ${queued} need action; ${(entries / Math.max(1, queued)).toFixed(1)} index entries per queued item (DynamoDB: as many extra 1-WCU puts per item)`);
  for (const [name, filter] of VIEWS) {
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const page = await store.listWorkQueue({ filter, limit: 20 });
      times.push(performance.now() - started);
      items = page.items.length;
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(46)} p50 ${times[RUNS / 2]!.toFixed(3)} ms  p99 ${times[Math.floor(RUNS * 0.99)]!.toFixed(3)} ms  (${items} items on the page)`);
  }
}
