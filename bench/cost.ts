/**
 * Cost per event: DynamoDB requests, read and write units per event type (new customer,
 * returning customer, merge, duplicate) from the real processor against DynamoDB Local: reads as
 * Local reports them (ReturnConsumedCapacity=INDEXES), writes by DynamoDB's published rule from
 * the items' images (bench/published-writes.ts), by command, table or index and kind of item;
 * then priced at AWS list prices for one million
 * web-form messages, beside the same pipeline with Amazon Comprehend for language and sentiment.
 * Called by bench/run.ts (`npm run bench -- cost`).
 */
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoStore } from '../shared/adapters/aws/dynamo-store.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../shared/event.ts';
import { createEventProcessor } from '../shared/timeline/process-event.ts';
import { createTestTable, dynamoDbClient } from '../test/support/dynamodb.ts';
import { startDynamoDbLocal } from '../test/support/emulators.ts';
import { describeCommands, describeItemsWritten, difference, meter, snapshot, type Tally } from './dynamo-meter.ts';
import { itemSize } from '../test/support/item-size.ts';
import { streamAggregator } from '../test/support/stream-aggregation.ts';

/** us-east-1 list prices (USD), 2025: the table README.md repeats. */
export const PRICES = {
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  sqsRequest: 0.4 / 1e6,
  lambdaRequest: 0.2 / 1e6,
  lambdaArmGbSecond: 0.0000133334,
  /** DetectDominantLanguage and DetectSentiment: USD 0.0001 per 100-character unit, 3 units minimum. */
  comprehendRequest: 0.0003,
};

/** A realistic week of web-form traffic: most messages come from people seen before. */
const MIX = { new: 0.3, returning: 0.6, merge: 0.02, duplicate: 0.08 } as const;
type EventType = keyof typeof MIX;

const PER_TYPE = 40;
/** Lambda sizes from infra/feedback-stack.ts; the processor takes SQS batches of 10. */
const INGEST_MEMORY_GB = 0.5;
const PROCESSOR_MEMORY_GB = 1;
const SQS_BATCH = 10;
/**
 * The stream aggregator's batch: the bench drains the table's stream every this many messages,
 * what the event source mapping's 60 s batching window holds at a million messages a month
 * (0.39 a second: 23); more traffic fills batches further and makes each message's share smaller.
 */
const AGGREGATOR_BATCH = 20;
const AGGREGATOR_MEMORY_GB = 0.25;
/** Assumed DynamoDB latency for the processor's billed wall time (records of a batch run in parallel). */
const DYNAMO_LATENCY_MS = 5;
/** Measured in `npm run bench -- ingest`: ingest handler CPU per request, generously rounded up. */
const INGEST_MS = 3;

function webForm(id: string, identities: string[], receivedAt: string, extra: Partial<FeedbackEvent> = {}): FeedbackEvent {
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('bench-cost', id),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt,
    identities,
    text: '快递三天还没到，客服也不回复，太失望了。订单号 A-1024，请尽快处理。',
    rating: 2,
    metadata: { formId: 'contact' },
    ...extra,
  };
}

export async function run(): Promise<void> {
  console.log('cost per event (DynamoDB Local; reads as it reports them, writes by the published rule from item images)');
  const dynamo = await startDynamoDbLocal();
  try {
    const { tableName, client } = await createTestTable(dynamo.endpoint);
    const probe = dynamoDbClient(dynamo.endpoint);
    const usage = meter(client, probe, tableName);
    const store = new DynamoStore(tableName, client);
    // Reading the stream is Lambda's work (and free); the aggregator's own reads and writes go through the metered client.
    const aggregator = streamAggregator(dynamo.endpoint, probe, tableName, store);
    const processEvent = createEventProcessor({ store, classifier: createLocalClassifier(), clock: { now: () => new Date('2026-11-25T00:00:00Z') }, timeZone: 'Asia/Shanghai' });

    // Set-up outside the measurement: customers to return and to merge.
    for (let i = 0; i < PER_TYPE; i += 1) {
      await processEvent(webForm(`seed-${i}`, [`email:returning${i}@example.com`], '2026-11-20T01:00:00.000Z'));
      await processEvent(webForm(`merge-a-${i}`, [`wechat:oMergeA${i}`], '2026-11-20T02:00:00.000Z', { channel: 'wechat', source: 'wechat', verifiedIdentities: [`wechat:oMergeA${i}`] }));
      await processEvent(webForm(`merge-b-${i}`, [`phone:+86138${String(10_000_000 + i)}`], '2026-11-21T02:00:00.000Z', { channel: 'sms', source: 'twilio', verifiedIdentities: [`phone:+86138${String(10_000_000 + i)}`] }));
    }
    await aggregator.drain();
    const scenarios: Record<EventType, (i: number) => FeedbackEvent> = {
      new: (i) => webForm(`new-${i}`, [`email:new${i}@example.com`, `phone:+86139${String(10_000_000 + i)}`], '2026-11-24T01:00:00.000Z'),
      returning: (i) => webForm(`returning-${i}`, [`email:returning${i}@example.com`], '2026-11-24T02:00:00.000Z'),
      merge: (i) => {
        const identities = [`wechat:oMergeA${i}`, `phone:+86138${String(10_000_000 + i)}`];
        return webForm(`merge-${i}`, identities, '2026-11-24T03:00:00.000Z', { channel: 'wechat', source: 'wechat', verifiedIdentities: identities });
      },
      duplicate: (i) => webForm(`returning-${i}`, [`email:returning${i}@example.com`], '2026-11-24T02:00:00.000Z'),
    };

    const perEvent = {} as Record<EventType, Tally & { cpuMs: number }>;
    const aggregation = { batches: 0, cpuMs: 0, requests: 0 };
    for (const type of Object.keys(MIX) as EventType[]) {
      const before = snapshot(usage);
      const cpu = process.cpuUsage();
      let aggregatorCpuMs = 0;
      let aggregatorRequests = 0;
      // The meter's own CPU during drains (the aggregator's writes run in parallel, so it overlaps): not the processor's.
      let aggregatorMeterMs = 0;
      for (let i = 0; i < PER_TYPE; i += 1) {
        await processEvent(scenarios[type](i));
        if ((i + 1) % AGGREGATOR_BATCH === 0) {
          const [cpuBefore, requestsBefore, meterBefore] = [process.cpuUsage(), usage.requests, usage.meterCpuMs];
          aggregation.batches += await aggregator.drain();
          const used = process.cpuUsage(cpuBefore);
          aggregatorMeterMs += usage.meterCpuMs - meterBefore;
          aggregatorCpuMs += (used.user + used.system) / 1000;
          aggregatorRequests += usage.requests - requestsBefore;
        }
      }
      const used = process.cpuUsage(cpu);
      const metered = difference(usage, before, PER_TYPE);
      aggregation.cpuMs += (aggregatorCpuMs * MIX[type]) / PER_TYPE;
      aggregation.requests += aggregatorRequests * MIX[type] / PER_TYPE;
      const row = (perEvent[type] = { ...metered, cpuMs: ((used.user + used.system) / 1000 - aggregatorCpuMs) / PER_TYPE - (metered.meterCpuMs - aggregatorMeterMs / PER_TYPE) });
      console.log(
        `  ${type.padEnd(9)} ${row.requests.toFixed(1).padStart(5)} requests, ${row.readUnits.toFixed(1).padStart(5)} RRU, ${row.writeUnits.toFixed(1).padStart(5)} WRU ` +
          `(Local reports ${row.localWriteUnits.toFixed(1)}) per event, the stream aggregator's share included`,
      );
      for (const line of describeCommands(row)) console.log(`      ${line}`);
      console.log(`      items written: ${describeItemsWritten(row)}`);
    }
    console.log(`  stream aggregator: a batch every ${AGGREGATOR_BATCH} messages (${aggregation.batches} batches), ${aggregation.requests.toFixed(2)} DynamoDB requests and ${aggregation.cpuMs.toFixed(2)} ms CPU (an overestimate: reading the stream, Lambda's work, and the meter's image reads included) per message`);
    await printItemSizes(client, tableName);

    const mixed = (pick: (row: (typeof perEvent)[EventType]) => number) => (Object.keys(MIX) as EventType[]).reduce((sum, type) => sum + MIX[type] * pick(perEvent[type]), 0);
    const requests = mixed((r) => r.requests);
    const readUnits = mixed((r) => r.readUnits);
    const writeUnits = mixed((r) => r.writeUnits);
    const cpuMs = mixed((r) => r.cpuMs);
    console.log(`  mix ${Object.entries(MIX).map(([t, share]) => `${t} ${share * 100}%`).join(', ')}: ${requests.toFixed(1)} requests, ${readUnits.toFixed(2)} RRU, ${writeUnits.toFixed(2)} WRU, processor CPU ${cpuMs.toFixed(1)} ms per event`);

    const million = 1e6;
    const dynamoCost = million * (readUnits * PRICES.dynamoReadUnit + writeUnits * PRICES.dynamoWriteUnit);
    const processorSeconds = (cpuMs + ((requests - aggregation.requests) * DYNAMO_LATENCY_MS) / SQS_BATCH) / 1000;
    const aggregatorSeconds = (aggregation.cpuMs + aggregation.requests * DYNAMO_LATENCY_MS) / 1000;
    const lambdaCost =
      million * (PRICES.lambdaRequest * (1 + 1 / SQS_BATCH + 1 / AGGREGATOR_BATCH)) +
      million * PRICES.lambdaArmGbSecond * ((INGEST_MS / 1000) * INGEST_MEMORY_GB + processorSeconds * PROCESSOR_MEMORY_GB + aggregatorSeconds * AGGREGATOR_MEMORY_GB);
    // Ingest sends one message; the event source mapping receives and deletes in batches of 10.
    const sqsCost = million * PRICES.sqsRequest * (1 + 2 / SQS_BATCH);
    const apiCost = million * PRICES.httpApiRequest;
    const total = dynamoCost + lambdaCost + sqsCost + apiCost;
    const comprehend = million * PRICES.comprehendRequest * 2;
    const line = (name: string, usd: number) => console.log(`  ${name.padEnd(34)} USD ${usd.toFixed(2)}`);
    console.log('  per million web-form messages, list prices:');
    line('DynamoDB on-demand (read + write)', dynamoCost);
    line('Lambda (ingest, processor, aggregator)', lambdaCost);
    line('SQS (send, receive, delete)', sqsCost);
    line('API Gateway HTTP API', apiCost);
    line('with Comprehend (language + sentiment)', total + comprehend);
    console.log(`cost: USD ${total.toFixed(2)} per million messages (local classifier; with Comprehend USD ${(total + comprehend).toFixed(2)})`);
  } finally {
    await dynamo.stop();
  }
}

/** Stored items by key prefix after the run: how many, mean and largest size (bench only: a Scan). */
async function printItemSizes(client: DynamoDBClient, tableName: string) {
  const sizes = new Map<string, number[]>();
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      const kind = item.pk!.S!.split('#')[0]!;
      (sizes.get(kind) ?? sizes.set(kind, []).get(kind)!).push(itemSize(item));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  const described = [...sizes].map(([kind, all]) => `${kind} ${all.length} × ${Math.round(all.reduce((a, b) => a + b, 0) / all.length)} B (max ${Math.max(...all)})`);
  console.log(`  stored items (count × mean size): ${described.join(', ')}`);
}
