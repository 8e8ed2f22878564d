import type { BatchHandler } from '../queue-messages.ts';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';

export type { BatchHandler, BatchResult, QueuedMessage } from '../queue-messages.ts';

/** SQS's most messages per ReceiveMessage, and entries per DeleteMessageBatch. */
const MAX_RECEIVE = 10;

export interface SqsPollerOptions {
  queueUrl: string;
  handler: BatchHandler;
  client?: SQSClient;
  /** Long-poll wait per ReceiveMessage, 0–20 s. */
  waitTimeSeconds?: number;
  /**
   * Messages handed to the handler at most at once (10 by default, one receive). More are
   * gathered from further receives that find messages waiting, as Lambda's event source does
   * with a batching window and a batch size above 10.
   */
  batchSize?: number;
  /** Called when receiving, handling or deleting fails; the loop keeps going. */
  onError?: (error: unknown) => void;
}

/**
 * A small SQS consumer for tests and tools that behaves like Lambda's event source mapping:
 * batches of up to `batchSize`, only the messages the handler did not report as failed are deleted, and
 * a handler that throws leaves the whole batch for redelivery after the visibility timeout.
 */
export class SqsPoller {
  private readonly client: SQSClient;
  private stopping = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: SqsPollerOptions) {
    this.client = options.client ?? new SQSClient({});
  }

  start(): this {
    this.loop ??= this.run();
    return this;
  }

  /**
   * Stops after the current long poll (at most `waitTimeSeconds`) and its batch are done. The poll
   * is not aborted: SQS may already have handed messages to it, and an abandoned receive would
   * hide them for a visibility timeout and count a receive towards the DLQ.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.pollOnce();
      } catch (error) {
        this.options.onError?.(error);
        // Avoid a hot loop while the queue is unreachable.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private async pollOnce(): Promise<void> {
    const { queueUrl, handler, waitTimeSeconds = 20, batchSize = MAX_RECEIVE } = this.options;
    const received: (Message & { MessageId: string; ReceiptHandle: string })[] = [];
    for (let wait = waitTimeSeconds; received.length < batchSize; wait = 0) {
      const asked = Math.min(MAX_RECEIVE, batchSize - received.length);
      const { Messages = [] } = await this.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: asked, WaitTimeSeconds: wait }));
      received.push(...Messages.filter((m): m is Message & { MessageId: string; ReceiptHandle: string } => Boolean(m.MessageId && m.ReceiptHandle)));
      // Fewer than asked for: nothing more is waiting now.
      if (Messages.length < asked) break;
    }
    if (received.length === 0) return;

    let failed: Set<string>;
    try {
      const result = await handler(received.map((m) => ({ messageId: m.MessageId, body: m.Body ?? '' })));
      failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
    } catch (error) {
      this.options.onError?.(error);
      return;
    }

    const done = received.filter((m) => !failed.has(m.MessageId));
    const undeleted: { Code?: string }[] = [];
    for (let start = 0; start < done.length; start += MAX_RECEIVE) {
      const response = await this.client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.slice(start, start + MAX_RECEIVE).map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
      undeleted.push(...(response.Failed ?? []));
    }
    if (undeleted.length > 0) {
      this.options.onError?.(new Error(`could not delete ${undeleted.length} handled message(s): ${undeleted.map((f) => f.Code).join(', ')}`));
    }
  }
}
