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
});
