/**
 * Digest benchmark: build time and store reads for a seeded month, and the DynamoDB read units
 * those reads cost (assumptions in docs/digest.md). Called by bench/run.ts; on its own:
 *   node --import tsx -e "import('./bench/digest.ts').then(m=>m.run())"
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LocalStore } from '../shared/adapters/local/local-store.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { DEFAULT_TAXONOMY } from '../shared/classify/taxonomy.ts';
import { buildDigest } from '../shared/digest/build-digest.ts';
import { composeDigestMail } from '../shared/digest/compose.ts';
import type { DigestPeriod } from '../shared/digest/period.ts';
import type { Store } from '../shared/ports.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';
import { seedMonthEvents } from '../test/digest/seed-month.ts';

const TIME_ZONE = 'Asia/Shanghai';
const now = new Date('2026-11-23T00:30:00Z');
const RUNS = 20;
/** Eventually consistent reads: 0.5 RCU per 4 KB; strongly consistent: 1 RCU. */
const HALF = 0.5;
/** A feedback item (text, classification, explanations) is assumed to stay under 4 KB. */
const FEEDBACK_ITEM_KB = 2;
/**
 * A day's aggregate partition: the status-change shards and one item per stream shard the
 * aggregator wrote that day (a stream shard lives about 4 hours: about 6 per table partition and
 * day), each with its counters and up to 12 quote keys per complaint type, assumed 2 KB each.
 */
const AGGREGATE_DAY_KB = 6 * 2;

interface Call {
  method: string;
  args: unknown[];
  resultSize: number;
}

export async function run(): Promise<void> {
  console.log('digest (shared/digest)');
  const store = new LocalStore();
  const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => now }, timeZone: TIME_ZONE });
  const events = seedMonthEvents({ lastDay: '2026-11-22', perDay: 40, customers: 200 });
  const seeding = performance.now();
  for (const event of events) await processEvent(event);
  console.log(`  seeded ${events.length} items over 30 days in ${(performance.now() - seeding).toFixed(0)} ms`);

  for (const period of ['daily', 'weekly'] as DigestPeriod[]) {
    const calls: Call[] = [];
    await buildDigest(recording(store, calls), period, { timeZone: TIME_ZONE, now, taxonomy: DEFAULT_TAXONOMY });
    const started = performance.now();
    for (let index = 0; index < RUNS; index += 1) await buildDigest(store, period, { timeZone: TIME_ZONE, now, taxonomy: DEFAULT_TAXONOMY });
    const buildMs = (performance.now() - started) / RUNS;
    const digest = await buildDigest(store, period, { timeZone: TIME_ZONE, now, taxonomy: DEFAULT_TAXONOMY });
    const rendering = performance.now();
    composeDigestMail(digest, 'zh', 'digest@example.com', ['ops@example.com']);
    const renderMs = performance.now() - rendering;
    const byMethod = new Map<string, number>();
    for (const call of calls) byMethod.set(call.method, (byMethod.get(call.method) ?? 0) + 1);
    console.log(`  ${period}: build ${buildMs.toFixed(1)} ms (mean of ${RUNS}), HTML and text (charts as tables) ${renderMs.toFixed(0)} ms`);
    console.log(`    store calls: ${[...byMethod].map(([method, count]) => `${method} ×${count}`).join(', ')}`);
    console.log(`    DynamoDB read units (same at any volume): ${readUnits(calls).toFixed(1)} RCU`);
  }

  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../functions/digest.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bytes = bundle.outputFiles.reduce((sum, file) => sum + file.contents.length, 0);
  console.log(`  digest Lambda bundle: ${(bytes / 1_048_576).toFixed(2)} MB (limit 5 MB)`);
}

/** What the DynamoDB adapter's requests for these calls cost; see docs/digest.md. */
function readUnits(calls: Call[]): number {
  let units = 0;
  for (const { method, args, resultSize } of calls) {
    const days = Array.isArray(args[0]) ? args[0].length : Array.isArray(args[1]) ? args[1].length : 1;
    switch (method) {
      case 'getDailyCounters': // a Query of the day's aggregate partition per day
        units += days * Math.ceil(AGGREGATE_DAY_KB / 4) * HALF;
        break;
      case 'listByComplaintType': // the same Query per day (its quote lists), then BatchGet of the items
        units += days * Math.ceil(AGGREGATE_DAY_KB / 4) * HALF + resultSize * HALF;
        break;
      case 'listUrgent': // one Query on the sparse urgent index, item sizes summed
        units += Math.max(1, Math.ceil((resultSize * FEEDBACK_ITEM_KB) / 4)) * HALF;
        break;
      case 'listAtRisk': // a Query of small entries per day
        units += days * HALF;
        break;
      case 'getCustomer': // GetItem, strongly consistent
        units += 1;
        break;
      case 'listTimeline': // one Query on the timeline index (Limit 20), item sizes summed
        units += Math.max(1, Math.ceil((resultSize * FEEDBACK_ITEM_KB) / 4)) * HALF;
        break;
    }
  }
  return units;
}

function recording(store: Store, calls: Call[]): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result: unknown = await value.apply(target, args);
        const page = result as { items?: unknown } | undefined;
        const resultSize = Array.isArray(result)
          ? result.length
          : result instanceof Map
            ? result.size
            : Array.isArray(page?.items)
              ? page.items.length
              : 1;
        calls.push({ method: String(property), args, resultSize });
        return result;
      };
    },
  });
}
