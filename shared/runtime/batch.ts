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
 * response, whose records run in parallel (a sender's own in the order received); only the failed ones are reported back for
 * redelivery (and, in the end, the DLQ). A batch where every record fails throws, as Powertools
 * does in Lambda, so the whole batch is retried and the invocation counts as an error.
 */
export function createBatchHandler(processEvent: EventProcessor, observer: BatchObserver): BatchHandler {
  async function processRecord(messageId: string, body: ParsedBody): Promise<void> {
    try {
      if ('error' in body) throw body.error;
      observer.processed(messageId, await processEvent(body.event));
    } catch (error) {
      observer.failed(messageId, error);
      throw error;
    }
  }
  return async (messages) => {
    // Each body is parsed once: the order below reads its sender, the processor the whole event.
    const bodies = new Map(messages.map(({ messageId, body }) => [messageId, parseBody(body)]));
    const before = earlierOfTheSameSender(bodies);
    const finished = new Map(messages.map((message) => [message.messageId, settledSignal()]));
    async function processInOrder(message: QueuedMessage): Promise<void> {
      try {
        await Promise.all((before.get(message.messageId) ?? []).map((id) => finished.get(id)!.settled));
        await processRecord(message.messageId, bodies.get(message.messageId)!);
      } finally {
        finished.get(message.messageId)!.settle();
      }
    }
    // Powertools keeps a batch's records and failures on the processor object, so batches that
    // run at once (local mode's consumers, several pollers in one process) each need their own.
    const processor = new BatchProcessor(EventType.SQS);
    // An SQS record (Lambda) is a queued message with more fields; the in-process queue's
    // messages carry the two that the processing and the failure report read.
    const Records = messages as SQSRecord[];
    return (await processPartialResponse({ Records }, processInOrder, processor)) as BatchResult;
  };
}

/**
 * For each message, the messages of the batch received before it that name one of its identities.
 * Those run first; the rest of the batch stays parallel. A burst from one sender (three
 * complaints in a minute) is then judged as one message after the other would be, each on the
 * history before it: in parallel, none saw the others, and the third was not urgent.
 */
function earlierOfTheSameSender(bodies: ReadonlyMap<string, ParsedBody>): Map<string, string[]> {
  const senders = [...bodies].flatMap(([messageId, body]) => {
    const sender = 'event' in body ? senderOf(body.event) : undefined;
    return sender ? [{ messageId, ...sender }] : [];
  });
  senders.sort((a, b) => a.receivedAt - b.receivedAt);
  const lastByIdentity = new Map<string, string>();
  const before = new Map<string, string[]>();
  for (const { messageId, identities } of senders) {
    before.set(messageId, [...new Set(identities.flatMap((identity) => lastByIdentity.get(identity) ?? []))]);
    for (const identity of identities) lastByIdentity.set(identity, messageId);
  }
  return before;
}

type ParsedBody = { event: unknown } | { error: unknown };

/** A body that is not JSON fails its own record when it is processed, not the batch. */
function parseBody(body: string): ParsedBody {
  try {
    return { event: JSON.parse(body) as unknown };
  } catch (error) {
    return { error };
  }
}

/** A queued event's identities and when it was received; nothing for what is not one (it fails on its own). */
function senderOf(value: unknown): { identities: string[]; receivedAt: number } | undefined {
  const event = (value ?? {}) as { identities?: unknown; receivedAt?: unknown };
  const receivedAt = typeof event.receivedAt === 'string' ? Date.parse(event.receivedAt) : Number.NaN;
  if (!Array.isArray(event.identities) || Number.isNaN(receivedAt)) return undefined;
  return { identities: event.identities.filter((identity): identity is string => typeof identity === 'string'), receivedAt };
}

/** A promise settled from outside: Promise.withResolvers is not in Node 20. */
function settledSignal(): { settled: Promise<void>; settle: () => void } {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { settled, settle };
}
