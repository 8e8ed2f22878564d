import type { FeedbackEvent } from '../../event.ts';
import type { EventQueue } from '../../ports.ts';
import { ChannelError } from '../types.ts';
import { parseEmail } from './parse.ts';

export interface RawMailLocation {
  bucket: string;
  key: string;
}

/**
 * The notifications that can announce a stored inbound mail, in the fields read here:
 * - SES receipt rule Lambda action (after its S3 action): `Records[].ses.mail.messageId`, the
 *   object key being `<prefix><messageId>`;
 * - the S3 action's own SNS notification: `Records[].Sns.Message`, a JSON string whose
 *   `receipt.action` names the bucket and key;
 * - an S3 event notification: `Records[].s3.bucket.name` / `s3.object.key` (URL-encoded).
 */
interface InboundRecord {
  ses?: { mail?: { messageId?: string } };
  Sns?: { Message?: string };
  s3?: { bucket?: { name?: string }; object?: { key?: string } };
}
export interface InboundMailEvent {
  Records?: InboundRecord[];
}

interface SesNotification {
  notificationType?: string;
  mail?: { messageId?: string };
  receipt?: { action?: { type?: string; bucketName?: string; objectKey?: string } };
}

export interface InboundMailOptions {
  /** EMAIL_BUCKET and EMAIL_OBJECT_PREFIX: where the receipt rule's S3 action writes. */
  bucket: string;
  prefix: string;
  readRawMail(location: RawMailLocation): Promise<Uint8Array>;
  queue: EventQueue;
  now(): Date;
  /** A stored mail that is not feedback (no sender, not MIME): logged, not retried. */
  onRejected(location: RawMailLocation, error: ChannelError): void;
}

// SES message ids are opaque tokens; refusing path characters keeps the key inside the prefix.
const SES_MESSAGE_ID = /^[A-Za-z0-9._-]{1,128}$/;

function fromSesMessageId(messageId: string | undefined, bucket: string, prefix: string): RawMailLocation[] {
  return messageId && SES_MESSAGE_ID.test(messageId) ? [{ bucket, key: `${prefix}${messageId}` }] : [];
}

function fromSnsMessage(message: string, bucket: string, prefix: string): RawMailLocation[] {
  let notification: SesNotification;
  try {
    notification = JSON.parse(message) as SesNotification;
  } catch {
    return [];
  }
  if (notification.notificationType !== 'Received') return [];
  const action = notification.receipt?.action;
  if (action?.type === 'S3' && action.bucketName && action.objectKey) return [{ bucket: action.bucketName, key: action.objectKey }];
  return fromSesMessageId(notification.mail?.messageId, bucket, prefix);
}

export function rawMailLocations(event: InboundMailEvent, bucket: string, prefix: string): RawMailLocation[] {
  return (event.Records ?? []).flatMap((record): RawMailLocation[] => {
    if (record.ses) return fromSesMessageId(record.ses.mail?.messageId, bucket, prefix);
    if (record.Sns?.Message) return fromSnsMessage(record.Sns.Message, bucket, prefix);
    const s3Bucket = record.s3?.bucket?.name;
    const s3Key = record.s3?.object?.key;
    // S3 notifications URL-encode the key, spaces as "+".
    if (s3Bucket && s3Key) return [{ bucket: s3Bucket, key: decodeURIComponent(s3Key.replace(/\+/g, ' ')) }];
    return [];
  });
}

/**
 * Reads each announced mail, parses it and queues the results in one send. Storage and queue
 * failures propagate so Lambda retries the invocation; a redelivered mail keeps its feedbackId.
 */
export function createInboundMailHandler(options: InboundMailOptions) {
  return async (event: InboundMailEvent): Promise<{ queued: number; rejected: number }> => {
    const events: FeedbackEvent[] = [];
    let rejected = 0;
    for (const location of rawMailLocations(event, options.bucket, options.prefix)) {
      const raw = await options.readRawMail(location);
      try {
        events.push(await parseEmail(raw, { receivedAt: options.now(), via: 'ses' }));
      } catch (error) {
        if (!(error instanceof ChannelError)) throw error;
        rejected += 1;
        options.onRejected(location, error);
      }
    }
    if (events.length > 0) await options.queue.send(events);
    return { queued: events.length, rejected };
  };
}
