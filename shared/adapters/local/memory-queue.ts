import { randomUUID } from 'node:crypto';
import { FeedbackEvent } from '../../event.ts';
import type { EventQueue } from '../../ports.ts';
import { assertFitsMessage, type BatchHandler, type QueuedMessage } from '../queue-messages.ts';
import { Journal } from './journal.ts';

interface Message extends QueuedMessage {
  receiveCount: number;
}

/**
 * `receive` is journaled (and flushed before the handler runs) so a message that crashes the
 * process every time still counts its deliveries across restarts and reaches the dead letters.
 */
type Op =
  | { op: 'send'; messageId: string; body: string; receiveCount?: number }
  | { op: 'receive'; messageId: string }
  | { op: 'delete'; messageId: string }
  | { op: 'dead'; messageId: string }
  | { op: 'redrive'; messageId: string };
type Snapshot = { pending: (QueuedMessage & { receiveCount?: number })[]; dead: QueuedMessage[] };

export interface MemoryQueueOptions {
  /** Persist queued messages here so a restart loses none; in memory only when absent. */
  directory?: string;
  visibilityTimeoutMs?: number;
  /** Deliveries before a message moves to the dead-letter list, as SQS's redrive policy. */
  maxReceiveCount?: number;
  batchSize?: number;
  /** Batches handled at once, like Lambda's concurrent pollers. */
  concurrency?: number;
  now?: () => number;
}

/** An in-process queue with SQS's semantics, for local mode: at-least-once, visibility, redrive. */
export class MemoryQueue implements EventQueue {
  readonly visibilityTimeoutMs: number;
  readonly maxReceiveCount: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly now: () => number;
  private readonly messages = new Map<string, Message>();
  /** Visible messages in arrival order. */
  private readonly ready = new Set<string>();
  /**
   * The few received but not yet deleted, with when they turn visible again: kept when the journal
   * reads the queue back from disk (after a failed write), so their handlers are not joined by a
   * second delivery at once, which on a full disk would fail and deliver again in a loop.
   */
  private readonly inFlight = new Map<string, number>();
  private readonly dead = new Map<string, QueuedMessage>();
  private readonly journal?: Journal<Op, Snapshot>;
  private handler?: BatchHandler;
  private running = 0;
  private timer?: NodeJS.Timeout;
  private settledWaiters: (() => void)[] = [];

  constructor(options: MemoryQueueOptions = {}) {
    this.visibilityTimeoutMs = options.visibilityTimeoutMs ?? 30_000;
    this.maxReceiveCount = options.maxReceiveCount ?? 5;
    this.batchSize = options.batchSize ?? 10;
    this.concurrency = options.concurrency ?? 2;
    this.now = options.now ?? Date.now;
    if (options.directory) {
      this.journal = new Journal<Op, Snapshot>(options.directory, 'queue', 5_000);
      this.journal.open(
        (op) => this.apply(op),
        (snapshot) => this.restore(snapshot),
        () => this.capture(),
      );
    }
  }

  /** Rewrites the journal as what is still queued: delivered messages leave the disk (erasure), and so do fragments set aside from it. */
  compact(): void {
    this.journal?.compact(this.capture());
    this.journal?.forgetSetAside();
  }

  /** Replaces what is queued with the snapshot's messages, or none. */
  private restore(snapshot: Snapshot = { pending: [], dead: [] }): void {
    this.messages.clear();
    this.ready.clear();
    this.dead.clear();
    for (const m of snapshot.pending) this.apply({ op: 'send', ...m });
    for (const m of snapshot.dead) this.dead.set(m.messageId, m);
  }

  private capture(): Snapshot {
    return {
      pending: [...this.messages.values()].map(({ messageId, body, receiveCount }) => ({ messageId, body, receiveCount })),
      dead: [...this.dead.values()],
    };
  }

  async send(events: FeedbackEvent[]): Promise<void> {
    const bodies = events.map((event) => JSON.stringify(FeedbackEvent.parse(event)));
    bodies.forEach(assertFitsMessage);
    for (const body of bodies) this.record({ op: 'send', messageId: randomUUID(), body });
    await this.journal?.flushed();
    this.pump();
  }

  /** Starts delivering batches to `handler` (one consumer per queue, as one event source mapping). */
  consume(handler: BatchHandler): { stop(): Promise<void> } {
    this.handler = handler;
    this.pump();
    return {
      stop: async () => {
        this.handler = undefined;
        clearTimeout(this.timer);
        await this.whenSettled();
      },
    };
  }

  get depth(): number {
    return this.messages.size;
  }

  deadLetters(): QueuedMessage[] {
    return [...this.dead.values()];
  }

  /** Moves every dead letter back onto the queue with a fresh receive count (after a fix). */
  async redrive(): Promise<number> {
    const ids = [...this.dead.keys()];
    for (const messageId of ids) this.record({ op: 'redrive', messageId });
    await this.journal?.flushed();
    this.pump();
    return ids.length;
  }

  private whenSettled(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private pump(): void {
    while (this.handler && this.running < this.concurrency) {
      const batch = this.receive();
      if (batch.length === 0) break;
      this.running += 1;
      void this.deliver(this.handler, batch).finally(() => {
        this.running -= 1;
        this.pump();
        this.notifySettled();
      });
    }
    this.scheduleRedelivery();
  }

  private receive(): Message[] {
    const at = this.now();
    for (const [id, visibleAt] of this.inFlight) {
      if (visibleAt <= at) {
        this.inFlight.delete(id);
        if (this.messages.has(id)) this.ready.add(id);
      }
    }
    const batch: Message[] = [];
    for (const id of this.ready) {
      if (batch.length === this.batchSize) break;
      const message = this.messages.get(id)!;
      if (message.receiveCount >= this.maxReceiveCount) {
        this.record({ op: 'dead', messageId: id });
        continue;
      }
      this.record({ op: 'receive', messageId: id });
      this.ready.delete(id);
      this.inFlight.set(id, at + this.visibilityTimeoutMs);
      batch.push(message);
    }
    return batch;
  }

  private async deliver(handler: BatchHandler, batch: Message[]): Promise<void> {
    let failed: Set<string>;
    try {
      await this.journal?.flushed();
      const result = await handler(batch.map(({ messageId, body }) => ({ messageId, body })));
      failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
    } catch {
      // As with Lambda, a handler that throws fails the whole batch.
      return;
    }
    for (const message of batch) if (!failed.has(message.messageId)) this.record({ op: 'delete', messageId: message.messageId });
  }

  private scheduleRedelivery(): void {
    clearTimeout(this.timer);
    if (!this.handler || this.inFlight.size === 0) return;
    let next = Infinity;
    for (const visibleAt of this.inFlight.values()) next = Math.min(next, visibleAt);
    this.timer = setTimeout(() => this.pump(), Math.max(0, next - this.now()) + 5);
    this.timer.unref();
  }

  /** Wakes `stop()` once no batch is in flight. */
  private notifySettled(): void {
    if (this.running !== 0) return;
    const settled = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of settled) resolve();
  }

  private record(op: Op): void {
    this.apply(op);
    try {
      this.journal?.append(op);
    } catch {
      // Refused while the queue could not be read back from disk after a failed write; so is the
      // flushed() that sending, redriving and every delivery await, so nothing is acknowledged on it.
    }
  }

  private apply(op: Op): void {
    if (op.op === 'send') {
      this.messages.set(op.messageId, { messageId: op.messageId, body: op.body, receiveCount: op.receiveCount ?? 0 });
      if (!this.inFlight.has(op.messageId)) this.ready.add(op.messageId);
      return;
    }
    if (op.op === 'receive') {
      const received = this.messages.get(op.messageId);
      if (received) received.receiveCount += 1;
      return;
    }
    if (op.op === 'redrive') {
      const deadLetter = this.dead.get(op.messageId);
      this.dead.delete(op.messageId);
      if (deadLetter) this.apply({ op: 'send', messageId: deadLetter.messageId, body: deadLetter.body });
      return;
    }
    const message = this.messages.get(op.messageId);
    this.messages.delete(op.messageId);
    this.ready.delete(op.messageId);
    this.inFlight.delete(op.messageId);
    if (op.op === 'dead' && message) this.dead.set(op.messageId, { messageId: message.messageId, body: message.body });
  }
}
