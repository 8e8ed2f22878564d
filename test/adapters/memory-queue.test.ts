import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryQueue } from '../../shared/adapters/local/memory-queue.ts';
import type { FeedbackEvent } from '../../shared/event.ts';
import { drain, queueContract, sampleEvent, type QueueUnderTest } from './queue.contract.ts';

function underTest(queue: MemoryQueue): QueueUnderTest {
  const consume: QueueUnderTest['consume'] = (handler) => queue.consume(handler);
  return {
    queue,
    consume,
    receiveAll: () => drain(consume, { idleMs: 300 }),
    deadLetters: async () => queue.deadLetters().map((m) => JSON.parse(m.body) as FeedbackEvent),
    visibilityTimeoutMs: queue.visibilityTimeoutMs,
    maxReceiveCount: queue.maxReceiveCount,
  };
}

queueContract('local in-process queue', async () => underTest(new MemoryQueue({ visibilityTimeoutMs: 300, maxReceiveCount: 2 })));

describe('MemoryQueue persistence', () => {
  it('keeps events that were queued but not yet processed across a restart', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'queue-'));
    const events = [sampleEvent(), sampleEvent()];
    await new MemoryQueue({ directory }).send(events);
    const reopened = new MemoryQueue({ directory, visibilityTimeoutMs: 300 });
    expect(reopened.depth).toBe(2);
    const received = await underTest(reopened).receiveAll();
    expect(received.map((e) => e.feedbackId).sort()).toEqual(events.map((e) => e.feedbackId).sort());
    expect(new MemoryQueue({ directory }).depth).toBe(0);
  });

  it('counts deliveries across crashes, so a message that kills the process every time dead-letters', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'queue-'));
    const [event] = [sampleEvent()];
    await new MemoryQueue({ directory }).send([event!]);
    const handlersCalled: number[] = [];
    // Each "process" receives the message and dies inside the handler (it never answers).
    for (let run = 0; run < 3; run += 1) {
      const queue = new MemoryQueue({ directory, maxReceiveCount: 2 });
      await new Promise<void>((resolve) => {
        queue.consume(() => {
          handlersCalled.push(run);
          resolve();
          return new Promise(() => {});
        });
        setTimeout(resolve, 200);
      });
    }
    expect(handlersCalled).toEqual([0, 1]);
    const afterCrashes = new MemoryQueue({ directory, maxReceiveCount: 2 });
    const received = await underTest(afterCrashes).receiveAll();
    expect(received).toEqual([]);
    expect(afterCrashes.deadLetters().map((m) => (JSON.parse(m.body) as FeedbackEvent).feedbackId)).toEqual([event!.feedbackId]);
  });

  it('redrives dead letters back onto the queue with a fresh receive count, durably', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'queue-'));
    const queue = new MemoryQueue({ directory, visibilityTimeoutMs: 50, maxReceiveCount: 1 });
    await queue.send([sampleEvent()]);
    const stop = queue.consume(async (messages) => ({ batchItemFailures: messages.map((m) => ({ itemIdentifier: m.messageId })) }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop.stop();
    expect(queue.deadLetters()).toHaveLength(1);
    expect(await queue.redrive()).toBe(1);
    const reopened = new MemoryQueue({ directory, visibilityTimeoutMs: 300 });
    expect(reopened.deadLetters()).toEqual([]);
    expect(await underTest(reopened).receiveAll()).toHaveLength(1);
  });
});
