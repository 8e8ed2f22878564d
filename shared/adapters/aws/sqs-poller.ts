import type { BatchHandler } from '../queue-messages.ts';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';

export type { BatchHandler, BatchResult, QueuedMessage } from '../queue-messages.ts';

export interface SqsPollerOptions {
  queueUrl: string;
  handler: BatchHandler;
  client?: SQSClient;
  /** Long-poll wait per ReceiveMessage, 0–20 s. */
  waitTimeSeconds?: number;
  /** Called when receiving, handling or deleting fails; the loop keeps going. */
  onError?: (error: unknown) => void;
}

/**
 * A small SQS consumer for tests and tools that behaves like Lambda's event source mapping:
 * batches of up to 10, only the messages the handler did not report as failed are deleted, and
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
    const { queueUrl, handler, waitTimeSeconds = 20 } = this.options;
    const { Messages = [] } = await this.client.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: waitTimeSeconds }),
    );
    const received = Messages.filter((m): m is Message & { MessageId: string; ReceiptHandle: string } =>
      Boolean(m.MessageId && m.ReceiptHandle),
    );
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
    if (done.length === 0) return;
    const { Failed = [] } = await this.client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    if (Failed.length > 0) {
      this.options.onError?.(new Error(`could not delete ${Failed.length} handled message(s): ${Failed.map((f) => f.Code).join(', ')}`));
    }
  }
}
