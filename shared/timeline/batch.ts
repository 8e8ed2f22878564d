import type { BatchHandler } from '../adapters/queue-messages.ts';
import type { EventProcessor, ProcessOutcome } from './process-event.ts';

export interface BatchObserver {
  processed(outcome: ProcessOutcome): void;
  failed(messageId: string, error: unknown): void;
}

/**
 * The Lambda partial-batch idiom for the in-process queue: each message succeeds or fails on its
 * own, and only the failed ones are reported back for redelivery (and, in the end, the DLQ).
 */
export function createBatchHandler(processEvent: EventProcessor, observer: BatchObserver): BatchHandler {
  return async (messages) => {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    for (const message of messages) {
      try {
        observer.processed(await processEvent(JSON.parse(message.body)));
      } catch (error) {
        observer.failed(message.messageId, error);
        batchItemFailures.push({ itemIdentifier: message.messageId });
      }
    }
    return { batchItemFailures };
  };
}
