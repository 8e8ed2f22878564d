/**
 * The contract every EventQueue adapter meets (SQS, the in-process local queue), run by each
 * adapter's test file as `queueContract('name', makeQueue)`.
 *
 * ## The adapter hook
 * `makeQueue()` is called once per test and returns a fresh, empty queue:
 * - `queue`: the send side, the adapter's `EventQueue`.
 * - `consume(handler)`: starts a consumer that calls `handler` with batches of at most 10
 *   `{ messageId, body }` (body = the JSON the adapter put on the queue) and returns
 *   `{ stop() }`. The handler returns `{ batchItemFailures: [{ itemIdentifier: messageId }] }`
 *   exactly like a Lambda SQS handler with partial batch responses. The consumer deletes the
 *   messages not listed; listed ones come back after the visibility timeout; a message received
 *   more than `maxReceiveCount` times moves to the dead-letter queue. If the handler throws, no
 *   message of the batch is deleted.
 * - `receiveAll()`: consumes and acknowledges everything currently on the queue and returns the
 *   events (see `drain` below for a ready-made implementation on top of `consume`).
 * - `deadLetters()`: the events currently in the dead-letter queue, without removing them.
 * - `visibilityTimeoutMs`, `maxReceiveCount`: how the queue was configured, so the suite can
 *   time redelivery. Keep them small (about 1 s and 2–3) or the suite gets slow.
 * - `close()` (optional): releases whatever `makeQueue` created.
 *
 * The local queue is expected to behave like SQS in what the suite checks, including rejecting
 * (before queueing anything) an event larger than 256 KiB as a message.
 */
import { describe, expect, it } from 'vitest';
import { deriveFeedbackId, type FeedbackEvent } from '../../shared/event.ts';
import type { EventQueue } from '../../shared/ports.ts';
import { eventually } from '../support/eventually.ts';

export interface ConsumedMessage {
  messageId: string;
  body: string;
}
export type ConsumerBatchHandler = (
  messages: ConsumedMessage[],
) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

export interface QueueUnderTest {
  queue: EventQueue;
  consume(handler: ConsumerBatchHandler): { stop(): Promise<void> };
  receiveAll(): Promise<FeedbackEvent[]>;
  deadLetters(): Promise<FeedbackEvent[]>;
  visibilityTimeoutMs: number;
  maxReceiveCount: number;
  close?(): Promise<void>;
}

/**
 * `receiveAll` built on `consume`: collects batches until none has arrived for `idleMs`.
 * `idleMs` must exceed the consumer's own poll interval (long-poll wait) to mean "empty".
 */
export async function drain(
  consume: QueueUnderTest['consume'],
  { idleMs = 1_500 }: { idleMs?: number } = {},
): Promise<FeedbackEvent[]> {
  const events: FeedbackEvent[] = [];
  let lastBatchAt = Date.now();
  const consumer = consume(async (messages) => {
    lastBatchAt = Date.now();
    events.push(...messages.map((m) => JSON.parse(m.body) as FeedbackEvent));
    return { batchItemFailures: [] };
  });
  while (Date.now() - lastBatchAt < idleMs) await sleep(100);
  await consumer.stop();
  return events;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let counter = 0;
export function sampleEvent(overrides: Partial<FeedbackEvent> = {}): FeedbackEvent {
  counter += 1;
  return {
    schemaVersion: 1,
    feedbackId: deriveFeedbackId('queue-contract', `${Date.now()}-${counter}-${Math.random()}`),
    channel: 'web',
    source: 'forms',
    kind: 'message',
    receivedAt: '2026-11-25T08:30:00.000Z',
    identities: ['email:customer@example.com'],
    text: `feedback number ${counter}`,
    metadata: {},
    ...overrides,
  };
}

const byId = (a: FeedbackEvent, b: FeedbackEvent) => a.feedbackId.localeCompare(b.feedbackId);

export function queueContract(name: string, makeQueue: () => Promise<QueueUnderTest>): void {
  // Concurrent: every test makes its own queue, and most of the time is spent waiting on timeouts.
  describe.concurrent(`EventQueue contract: ${name}`, () => {
    async function withQueue(test: (q: QueueUnderTest) => Promise<void>): Promise<void> {
      const q = await makeQueue();
      try {
        await test(q);
      } finally {
        await q.close?.();
      }
    }

    it('delivers every event of a call larger than one SQS batch, exactly once and unchanged', () =>
      withQueue(async (q) => {
        const events = Array.from({ length: 23 }, () => sampleEvent());
        await q.queue.send(events);
        const received = await q.receiveAll();
        expect(received.sort(byId)).toEqual([...events].sort(byId));
      }));

    it('round-trips Chinese text, emoji and metadata', () =>
      withQueue(async (q) => {
        const event = sampleEvent({
          text: '快递三天还没到，客服电话一直占线 😡 请尽快处理！',
          subject: '投诉：订单 #A1024',
          displayName: '张伟',
          identities: ['phone:+8613800138000', 'wechat:oAbC_123-xyz'],
          rating: 1,
          nps: 0,
          metadata: { orderId: 'A1024', 城市: '上海', vip: true, score: 3.5, note: null },
        });
        await q.queue.send([event]);
        expect(await q.receiveAll()).toEqual([event]);
      }));

    it('rejects an event over 256 KiB with a clear error and queues nothing of that call', () =>
      withQueue(async (q) => {
        const small = sampleEvent();
        // 90,000 CJK characters are 270,000 bytes of UTF-8: within the schema, over the SQS limit.
        const huge = sampleEvent({ text: '很'.repeat(90_000) });
        await expect(q.queue.send([small, huge])).rejects.toThrow(new RegExp(`${huge.feedbackId}.*\\b(limit|large)`, 'i'));
        expect(await q.receiveAll()).toEqual([]);
      }));

    it('rejects an event that does not match the schema', () =>
      withQueue(async (q) => {
        const invalid = { ...sampleEvent(), identities: [] } as FeedbackEvent;
        await expect(q.queue.send([invalid])).rejects.toThrow();
        expect(await q.receiveAll()).toEqual([]);
      }));

    it('redelivers only the failed item of a batch and moves it to the DLQ after maxReceiveCount', () =>
      withQueue(async (q) => {
        const good = [sampleEvent(), sampleEvent(), sampleEvent()];
        const bad = sampleEvent({ text: 'poison' });
        await q.queue.send([...good, bad]);

        const deliveries = new Map<string, number>();
        const consumer = q.consume(async (messages) => {
          const failures: { itemIdentifier: string }[] = [];
          for (const message of messages) {
            const event = JSON.parse(message.body) as FeedbackEvent;
            deliveries.set(event.feedbackId, (deliveries.get(event.feedbackId) ?? 0) + 1);
            if (event.feedbackId === bad.feedbackId) failures.push({ itemIdentifier: message.messageId });
          }
          return { batchItemFailures: failures };
        });
        try {
          const timeoutMs = (q.maxReceiveCount + 2) * q.visibilityTimeoutMs + 10_000;
          const dead = await eventually(q.deadLetters, (events) => events.length > 0, timeoutMs, 200);
          expect(dead).toEqual([bad]);
        } finally {
          await consumer.stop();
        }
        for (const event of good) expect(deliveries.get(event.feedbackId)).toBe(1);
        expect(deliveries.get(bad.feedbackId)).toBe(q.maxReceiveCount);
        expect(await q.receiveAll()).toEqual([]);
      }));

    it('deletes nothing of a batch whose handler throws, so all of it comes back', () =>
      withQueue(async (q) => {
        const events = [sampleEvent(), sampleEvent(), sampleEvent()];
        await q.queue.send(events);
        const deliveries = new Map<string, number>();
        let crashedBatch: string[] | undefined;
        const consumer = q.consume(async (messages) => {
          const ids = messages.map((m) => (JSON.parse(m.body) as FeedbackEvent).feedbackId);
          for (const id of ids) deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
          if (!crashedBatch) {
            crashedBatch = ids;
            throw new Error('processor crashed');
          }
          return { batchItemFailures: [] };
        });
        const everyEventBack = () =>
          events.every((e) => (deliveries.get(e.feedbackId) ?? 0) >= (crashedBatch?.includes(e.feedbackId) ? 2 : 1));
        try {
          await eventually(async () => everyEventBack(), Boolean, 3 * q.visibilityTimeoutMs + 10_000, 200);
        } finally {
          await consumer.stop();
        }
        for (const event of events) {
          expect(deliveries.get(event.feedbackId)).toBe(crashedBatch?.includes(event.feedbackId) ? 2 : 1);
        }
        expect(await q.deadLetters()).toEqual([]);
      }));
  });
}
