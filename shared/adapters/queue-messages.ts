/**
 * What every queue adapter shares: the message shape a consumer sees, the Lambda-style batch
 * handler, and SQS's message size limit (kept at the classic 256 KiB that Lambda event source
 * mappings and older tooling assume).
 */
export interface QueuedMessage {
  messageId: string;
  body: string;
}

export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

export type BatchHandler = (messages: QueuedMessage[]) => Promise<BatchResult>;

export const MAX_MESSAGE_BYTES = 256 * 1024;

export class MessageTooLargeError extends Error {
  constructor(
    readonly feedbackId: string,
    readonly bytes: number,
  ) {
    super(`event ${feedbackId} is ${bytes} bytes as a queue message; the limit is ${MAX_MESSAGE_BYTES}`);
  }
}

export function assertFitsMessage(body: string): void {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_MESSAGE_BYTES) {
    const feedbackId = /"feedbackId":"([^"]+)"/.exec(body)?.[1] ?? 'unknown';
    throw new MessageTooLargeError(feedbackId, bytes);
  }
}
