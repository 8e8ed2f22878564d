/**
 * What every queue adapter shares: the message shape a consumer sees, the Lambda-style batch
 * handler, and the message size limit. SQS has accepted up to 1 MiB since 2025; we keep the
 * classic 256 KiB on purpose: real events are a few KiB, so a bigger one is a bug worth an
 * error, and small requests keep the retry of a failed batch cheap.
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
