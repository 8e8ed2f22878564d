/**
 * Fault scenarios on the emulator path (fauxqs + DynamoDB Local), each closed by the soak's
 * accounting: every event sent is in exactly one timeline item, and only the poison messages
 * are in the dead-letter queue.
 */
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { interceptLocalhostDns } from 'fauxqs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { SqsEventQueue } from '../../shared/adapters/aws/sqs-queue.ts';
import { SqsPoller } from '../../shared/adapters/aws/sqs-poller.ts';
import type { BatchHandler } from '../../shared/adapters/queue-messages.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import { systemClock } from '../../shared/ports.ts';
import { createBatchHandler } from '../../shared/runtime/batch.ts';
import { createEventProcessor } from '../../shared/timeline/process-event.ts';
import { createTestTable, dynamoDbClient } from '../support/dynamodb.ts';
import { createTestQueue, sqsClient, type TestQueue } from '../support/sqs.ts';
import { createIngestApp } from '../../shared/ingest/app.ts';
import { loadConfig } from '../../shared/config.ts';
import { LocalSignatureLedger } from '../../shared/adapters/local/local-signature-ledger.ts';
import { oneClient } from '../support/one-client.ts';

const classifier = createLocalClassifier();

beforeAll(() => {
  // fauxqs names queues on sqs.<region>.localhost, which the SDK calls directly for a QueueUrl.
  interceptLocalhostDns();
});

function events(prefix: string, count: number, customers: number): FeedbackEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('faults', `${prefix}-${i}`),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    // Spread over the hour so the timeline order is checkable.
    receivedAt: new Date(Date.UTC(2026, 10, 20, 2, 0, i)).toISOString(),
    identities: [`email:${prefix}${i % customers}@faults.example.com`],
    text: `物流太慢 ${prefix}-${i}`,
    metadata: {},
  }));
}

/**
 * Answers the first `count` write attempts as DynamoDB does when throttling. Added in the
 * deserialize step, inside the SDK's retry loop, so its backoff and retries see them as real.
 */
function faultyClient(endpoint: string, { throttledWrites = 0, unreachableForMs = 0, diesBeforeCommit = 0 }) {
  const client = dynamoDbClient(endpoint);
  let left = throttledWrites;
  let deaths = diesBeforeCommit;
  let unreachableUntil = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // The database going away and coming back (a restart, a network partition).
      if (unreachableForMs > 0 && unreachableUntil === 0) unreachableUntil = Date.now() + unreachableForMs;
      if (Date.now() < unreachableUntil) {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1'), { code: 'ECONNREFUSED', name: 'Error' });
      }
      // The process dying after the work-queue entries were put and before the commit's transaction.
      if (deaths > 0 && context.commandName === 'TransactWriteItemsCommand') {
        deaths -= 1;
        throw new Error('process died before the commit');
      }
      if (left > 0 && /Write|Put|Update/.test(context.commandName ?? '')) {
        left -= 1;
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
          name: 'ProvisionedThroughputExceededException',
          $fault: 'client',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'injectThrottling' },
  );
  return client;
}

interface Harness {
  queue: TestQueue;
  store: DynamoStore;
  send(events: FeedbackEvent[]): Promise<void>;
  run(handler: BatchHandler, until: () => Promise<boolean>): Promise<void>;
  account(sent: FeedbackEvent[]): Promise<{ lost: string[]; duplicated: string[]; outOfOrder: number }>;
  deadLetters(): Promise<string[]>;
  deadLetterDepth(): Promise<number>;
}

/**
 * Four receives of 4 s each by default: a batch slowed by a loaded machine or by the SDK's backoff
 * on throttled writes (up to seconds) can take longer than 1 s, and with a 1 s visibility a good
 * event was received again until its fourth receive dead-lettered it although it had been written.
 */
async function harness(faults: { throttledWrites?: number; unreachableForMs?: number; diesBeforeCommit?: number } = {}, { visibilityTimeoutSeconds = 4 } = {}): Promise<Harness> {
  const endpoint = inject('dynamodbEndpoint');
  const { tableName } = await createTestTable(endpoint);
  const queue = await createTestQueue(inject('sqsEndpoint'), { visibilityTimeoutSeconds, maxReceiveCount: 4 });
  const store = new DynamoStore(tableName, faultyClient(endpoint, faults));
  const producer = new SqsEventQueue({ queueUrl: queue.queueUrl, client: queue.client });
  return {
    queue,
    store,
    send: (batch) => producer.send(batch),
    async run(handler, until) {
      const pollers = [1, 2].map(() => new SqsPoller({ queueUrl: queue.queueUrl, client: queue.client, waitTimeSeconds: 1, handler }).start());
      const deadline = Date.now() + 60_000;
      while (!(await until().catch(() => false)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      await Promise.all(pollers.map((poller) => poller.stop()));
    },
    async account(sent) {
      const seen = new Map<string, number>();
      let outOfOrder = 0;
      const customers = new Set<string>();
      for (const event of sent) {
        const owner = await store.getIdentityOwner(event.identities[0]!);
        if (owner) customers.add(owner);
      }
      for (const customerId of customers) {
        let cursor: string | undefined;
        let previous = '9999';
        do {
          const page = await store.listTimeline(customerId, { limit: 100, ...(cursor ? { cursor } : {}) });
          for (const item of page.items) {
            seen.set(item.feedbackId, (seen.get(item.feedbackId) ?? 0) + 1);
            if (item.receivedAt > previous) outOfOrder += 1;
            previous = item.receivedAt;
          }
          cursor = page.nextCursor;
        } while (cursor);
      }
      const ids = [...new Set(sent.map((e) => e.feedbackId))];
      return { lost: ids.filter((id) => !seen.has(id)), duplicated: ids.filter((id) => (seen.get(id) ?? 0) > 1), outOfOrder };
    },
    async deadLetterDepth() {
      const { Attributes } = await queue.client.send(new GetQueueAttributesCommand({ QueueUrl: queue.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
      return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
    },
    async deadLetters() {
      const { Messages } = await queue.client.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      return (Messages ?? []).map((m) => m.Body ?? '');
    },
  };
}

const silent = { processed: () => {}, failed: () => {} };
const allIn = (h: Harness, sent: FeedbackEvent[]) => async () => (await h.account(sent)).lost.length === 0;

describe('faults on the emulator path, with every event accounted for', { timeout: 120_000 }, () => {
  it('a processor that crashes mid-batch: the batch is redelivered, nothing lost or doubled', async () => {
    const h = await harness();
    const sent = events('crash', 40, 8);
    await h.send(sent);
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    const healthy = createBatchHandler(processEvent, silent);
    let crashes = 0;
    // The first batches die after committing half their messages, as a process killed mid-batch.
    const crashing: BatchHandler = async (messages) => {
      if (crashes >= 3) return healthy(messages);
      crashes += 1;
      await healthy(messages.slice(0, Math.ceil(messages.length / 2)));
      throw new Error('process died');
    };
    await h.run(crashing, allIn(h, sent));
    expect(crashes).toBe(3);
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
  });

  it('a processor killed between the work-queue write and the commit: redelivered, one item each and one work-queue entry each', async () => {
    const h = await harness({ diesBeforeCommit: 12 });
    const sent = events('killed', 24, 6);
    await h.send(sent);
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    await h.run(createBatchHandler(processEvent, silent), allIn(h, sent));
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await h.store.listWorkQueue({ filter: {}, limit: 100, ...(cursor ? { cursor } : {}) });
      listed.push(...page.items.map((item) => item.feedbackId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed.sort()).toEqual(sent.map((event) => event.feedbackId).sort());
    expect(await h.deadLetters()).toEqual([]);
  });

  it('throttled writes: failed records are retried until written, nothing lost or doubled', async () => {
    const h = await harness({ throttledWrites: 40 });
    const sent = events('throttle', 30, 6);
    await h.send(sent);
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    await h.run(createBatchHandler(processEvent, silent), allIn(h, sent));
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
    expect(await h.deadLetters()).toEqual([]);
  });

  it('the database unreachable for 1.5 s (within 4 receives × 5 s visibility): deliveries fail and are redelivered once it is back, nothing lost or doubled', async () => {
    // A batch's 10 records commit in parallel on 6 customers right after the outage; on DynamoDB
    // Local on a busy machine that has taken over 6 s, and a visibility that lapses meanwhile
    // counts a receive for a delivery that succeeds (dead-lettering a written event).
    const h = await harness({ unreachableForMs: 1_500 }, { visibilityTimeoutSeconds: 5 });
    const sent = events('outage', 30, 6);
    await h.send(sent);
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    await h.run(createBatchHandler(processEvent, silent), allIn(h, sent));
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
    expect(await h.deadLetterDepth()).toBe(0);
  });

  it.each([
    ['SendMessageBatch failing outright (SQS unavailable)', 'throw'],
    ['SendMessageBatch answering every entry failed (SQS throttling)', 'failed-entries'],
  ] as const)('%s at ingest: a clean 503 with Retry-After and nothing queued; the client\'s retry is one item', async (_, mode) => {
    const h = await harness();
    const client = sqsClient(inject('sqsEndpoint'));
    let refusing = true;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (!refusing || context.commandName !== 'SendMessageBatchCommand') return next(args);
        if (mode === 'throw') throw Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable', $fault: 'server', $metadata: { httpStatusCode: 503 } });
        const entries = (args.input as { Entries: { Id: string }[] }).Entries;
        return { response: {}, output: { $metadata: {}, Successful: [], Failed: entries.map(({ Id }) => ({ Id, Code: 'ThrottlingException', SenderFault: false, Message: 'Rate exceeded' })) } } as never;
      },
      { step: 'deserialize', name: 'refuseSends' },
    );
    const ingest = createIngestApp({ config: loadConfig({}), queue: new SqsEventQueue({ queueUrl: h.queue.queueUrl, client }), clock: systemClock, signatureUses: new LocalSignatureLedger(), connInfo: oneClient });
    const post = () => ingest.request('/webhooks/forms/contact', { method: 'POST', body: JSON.stringify({ message: '订单还没到', email: `retry.${mode}@faults.example.com` }), headers: { 'content-type': 'application/json', 'idempotency-key': `retry-${mode}` } });
    const refused = await post();
    expect([refused.status, refused.headers.get('retry-after'), await refused.json()]).toEqual([503, expect.stringMatching(/^\d+$/), { error: { code: 'unavailable', message: expect.any(String) } }]);
    const { Attributes } = await h.queue.client.send(new GetQueueAttributesCommand({ QueueUrl: h.queue.queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(Number(Attributes?.ApproximateNumberOfMessages)).toBe(0);
    refusing = false;
    const accepted = await post();
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    expect(((await (await post()).json()) as { id: string }).id).toBe(id);
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    const sent = [{ feedbackId: id, identities: [`email:retry.${mode}@faults.example.com`] }] as FeedbackEvent[];
    await h.run(createBatchHandler(processEvent, silent), allIn(h, sent));
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
  });

  it('duplicate and out-of-order delivery, plus poison messages: one item each, only the poison dead-lettered', async () => {
    const h = await harness();
    const sent = events('dup', 30, 5);
    // Every event twice, newest first, then again oldest first.
    await h.send([...sent].reverse());
    await h.send(sent);
    for (const body of ['{"poison":1}', 'not json at all']) await h.queue.client.send(new SendMessageCommand({ QueueUrl: h.queue.queueUrl, MessageBody: body }));
    const processEvent = createEventProcessor({ store: h.store, classifier, clock: systemClock, timeZone: 'Asia/Shanghai' });
    await h.run(createBatchHandler(processEvent, silent), async () => (await allIn(h, sent)()) && (await h.deadLetterDepth()) === 2);
    expect(await h.account(sent)).toEqual({ lost: [], duplicated: [], outOfOrder: 0 });
    expect((await h.deadLetters()).sort()).toEqual(['not json at all', '{"poison":1}']);
  });
});
