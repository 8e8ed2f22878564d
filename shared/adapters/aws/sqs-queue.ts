import {
  SendMessageBatchCommand,
  SQSClient,
  type BatchResultErrorEntry,
  type SendMessageBatchRequestEntry,
} from '@aws-sdk/client-sqs';
import { FeedbackEvent } from '../../event.ts';
import type { EventQueue } from '../../ports.ts';
import { MAX_MESSAGE_BYTES, MessageTooLargeError } from '../queue-messages.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';

const MAX_BATCH_ENTRIES = 10;
const MAX_ATTEMPTS = 3;

export class QueueSendError extends Error {
  constructor(readonly failures: { feedbackId: string; code: string; message?: string }[]) {
    super(
      `SQS did not accept ${failures.length} event(s): ` +
        failures.map((f) => `${f.feedbackId} ${f.code}${f.message ? ` (${f.message})` : ''}`).join(', '),
    );
  }
}

interface Outgoing {
  feedbackId: string;
  entry: SendMessageBatchRequestEntry;
  bytes: number;
}

/** Size as SQS counts it: body plus every attribute's name, type and value. */
function messageBytes(entry: SendMessageBatchRequestEntry): number {
  let bytes = Buffer.byteLength(entry.MessageBody ?? '');
  for (const [name, value] of Object.entries(entry.MessageAttributes ?? {})) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value.DataType ?? '') + Buffer.byteLength(value.StringValue ?? '');
  }
  return bytes;
}

/**
 * Writes characters outside the Basic Multilingual Plane (emoji, rare CJK) as JSON `\u` escape
 * pairs: the body stays equivalent JSON, and consumers that only accept BMP characters (fauxqs,
 * the emulator the tests use, rejects them although SQS allows them) get it through.
 */
function escapeAstral(json: string): string {
  const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
  return json.replace(/[\u{10000}-\u{10FFFF}]/gu, (pair) => hex(pair.charCodeAt(0)) + hex(pair.charCodeAt(1)));
}

function toOutgoing(input: FeedbackEvent, index: number): Outgoing {
  const event = FeedbackEvent.parse(input);
  const entry: SendMessageBatchRequestEntry = {
    // Unique within the call, hence within each request; maps a failure back to its event.
    Id: String(index),
    MessageBody: escapeAstral(JSON.stringify(event)),
    MessageAttributes: {
      channel: { DataType: 'String', StringValue: event.channel },
      feedbackId: { DataType: 'String', StringValue: event.feedbackId },
    },
  };
  const bytes = messageBytes(entry);
  if (bytes > MAX_MESSAGE_BYTES) throw new MessageTooLargeError(event.feedbackId, bytes);
  return { feedbackId: event.feedbackId, entry, bytes };
}

/** Groups messages into requests within both the entry-count and the total-size limit. */
function toBatches(messages: Outgoing[]): SendMessageBatchRequestEntry[][] {
  const batches: SendMessageBatchRequestEntry[][] = [];
  let current: SendMessageBatchRequestEntry[] = [];
  let currentBytes = 0;
  for (const { entry, bytes } of messages) {
    if (current.length === MAX_BATCH_ENTRIES || currentBytes + bytes > MAX_MESSAGE_BYTES) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(entry);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Puts events on SQS. `send` resolves only when SQS has accepted every event, so the ingest
 * endpoint never answers 2xx for feedback that was not queued.
 */
export class SqsEventQueue implements EventQueue {
  private readonly queueUrl: string;
  private readonly client: SQSClient;

  constructor({ queueUrl, client }: { queueUrl: string; client?: SQSClient }) {
    this.queueUrl = queueUrl;
    this.client = client ?? new SQSClient(REQUEST_TIMEOUTS);
  }

  async send(events: FeedbackEvent[]): Promise<void> {
    // Validate and size everything first, so a bad event fails the call before anything is queued.
    const outgoing = events.map(toOutgoing);
    const failures: BatchResultErrorEntry[] = [];
    for (const batch of toBatches(outgoing)) failures.push(...(await this.sendBatch(batch)));
    if (failures.length > 0) {
      throw new QueueSendError(
        failures.map((f) => ({
          feedbackId: outgoing[Number(f.Id)]?.feedbackId ?? `entry ${f.Id}`,
          code: f.Code ?? 'Unknown',
          message: f.Message,
        })),
      );
    }
  }

  /** Re-sends the entries SQS rejected for its own reasons (throttling, internal errors). */
  private async sendBatch(entries: SendMessageBatchRequestEntry[]): Promise<BatchResultErrorEntry[]> {
    // A sender fault (e.g. characters SQS does not allow) fails the same way on every retry.
    const permanent: BatchResultErrorEntry[] = [];
    let pending = entries;
    for (let attempt = 1; ; attempt++) {
      const result = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: pending }));
      const failed = result.Failed ?? [];
      permanent.push(...failed.filter((f) => f.SenderFault));
      const retryable = failed.filter((f) => !f.SenderFault);
      if (retryable.length === 0) return permanent;
      if (attempt === MAX_ATTEMPTS) return permanent.concat(retryable);
      const retryIds = new Set(retryable.map((f) => f.Id));
      pending = pending.filter((e) => retryIds.has(e.Id));
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}
