import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSRecord } from 'aws-lambda';
import type { BatchHandler, BatchResult, QueuedMessage } from '../adapters/queue-messages.ts';
import type { EventProcessor, ProcessOutcome } from '../timeline/process-event.ts';

/** Where a runtime hangs its logging and metrics on the batch path; called once per message. */
export interface BatchObserver {
  processed(messageId: string, outcome: ProcessOutcome): void;
  failed(messageId: string, error: unknown): void;
}

/**
 * The one batch path, for Lambda and the in-process queue alike: Powertools' partial batch
 * response, whose records run in parallel; only the failed ones are reported back for
 * redelivery (and, in the end, the DLQ). A batch where every record fails throws, as Powertools
 * does in Lambda, so the whole batch is retried and the invocation counts as an error.
 */
export function createBatchHandler(processEvent: EventProcessor, observer: BatchObserver): BatchHandler {
  async function processRecord({ messageId, body }: QueuedMessage): Promise<void> {
    try {
      observer.processed(messageId, await processEvent(JSON.parse(body)));
    } catch (error) {
      observer.failed(messageId, error);
      throw error;
    }
  }
  return async (messages) => {
    // Powertools keeps a batch's records and failures on the processor object, so batches that
    // run at once (local mode's consumers, several pollers in one process) each need their own.
    const processor = new BatchProcessor(EventType.SQS);
    // An SQS record (Lambda) is a queued message with more fields; the in-process queue's
    // messages carry the two that the processing and the failure report read.
    const Records = messages as SQSRecord[];
    return (await processPartialResponse({ Records }, processRecord, processor)) as BatchResult;
  };
}
