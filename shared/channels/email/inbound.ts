import type { FeedbackEvent } from '../../event.ts';
import type { EventQueue } from '../../ports.ts';
import { ChannelError } from '../types.ts';
import { parseEmail } from './parse.ts';

export interface RawMailLocation {
  bucket: string;
  key: string;
}

/** A location plus what SES's own checks said, where the notification carries them. */
interface AnnouncedMail extends RawMailLocation {
  virusVerdict?: string | undefined;
  /** SPF or DKIM passed, with DMARC: false whenever the notification does not say so. */
  senderVerified: boolean;
}

/**
 * The notifications that can announce a stored inbound mail, in the fields read here:
 * - SES receipt rule Lambda action (after its S3 action): `Records[].ses.mail.messageId`, the
 *   object key being `<prefix><messageId>`;
 * - the S3 action's own SNS notification: `Records[].Sns.Message`, a JSON string whose
 *   `receipt.action` names the bucket and key;
 * - an S3 event notification: `Records[].s3.bucket.name` / `s3.object.key` (URL-encoded).
 */
interface SesReceipt {
  virusVerdict?: { status?: string };
  spfVerdict?: { status?: string };
  dkimVerdict?: { status?: string };
  dmarcVerdict?: { status?: string };
  action?: { type?: string; bucketName?: string; objectKey?: string };
}
interface InboundRecord {
  ses?: { mail?: { messageId?: string }; receipt?: SesReceipt };
  Sns?: { Message?: string };
  s3?: { bucket?: { name?: string }; object?: { key?: string } };
}
export interface InboundMailEvent {
  Records?: InboundRecord[];
}

interface SesNotification {
  notificationType?: string;
  mail?: { messageId?: string };
  receipt?: SesReceipt;
}

export interface InboundMailOptions {
  /** EMAIL_BUCKET and EMAIL_OBJECT_PREFIX: where the receipt rule's S3 action writes. */
  bucket: string;
  prefix: string;
  readRawMail(location: RawMailLocation): Promise<Uint8Array>;
  queue: EventQueue;
  now(): Date;
  /** A stored mail that is not feedback (no sender, flagged as a virus): logged, not retried. */
  onRejected(location: RawMailLocation, error: ChannelError): void;
}

// SES message ids are opaque tokens; refusing path characters keeps the key inside the prefix.
const SES_MESSAGE_ID = /^[A-Za-z0-9._-]{1,128}$/;

function fromSesMessageId(messageId: string | undefined, receipt: SesReceipt | undefined, bucket: string, prefix: string): AnnouncedMail[] {
  if (!messageId || !SES_MESSAGE_ID.test(messageId)) return [];
  return [{ bucket, key: `${prefix}${messageId}`, virusVerdict: receipt?.virusVerdict?.status, senderVerified: senderVerified(receipt) }];
}

/** DMARC's own rule: aligned SPF or DKIM; SES reports the DMARC result beside the two. */
function senderVerified(receipt: SesReceipt | undefined): boolean {
  const passed = (verdict: { status?: string } | undefined) => verdict?.status === 'PASS';
  return (passed(receipt?.spfVerdict) || passed(receipt?.dkimVerdict)) && passed(receipt?.dmarcVerdict);
}

function fromSnsMessage(message: string, bucket: string, prefix: string): AnnouncedMail[] {
  let notification: SesNotification;
  try {
    notification = JSON.parse(message) as SesNotification;
  } catch {
    return [];
  }
  if (notification.notificationType !== 'Received') return [];
  const receipt = notification.receipt;
  const action = receipt?.action;
  if (action?.type === 'S3' && action.bucketName && action.objectKey) {
    return [{ bucket: action.bucketName, key: action.objectKey, virusVerdict: receipt?.virusVerdict?.status, senderVerified: senderVerified(receipt) }];
  }
  return fromSesMessageId(notification.mail?.messageId, receipt, bucket, prefix);
}

export function rawMailLocations(event: InboundMailEvent, bucket: string, prefix: string): AnnouncedMail[] {
  return (event.Records ?? []).flatMap((record): AnnouncedMail[] => {
    if (record.ses) return fromSesMessageId(record.ses.mail?.messageId, record.ses.receipt, bucket, prefix);
    if (record.Sns?.Message) return fromSnsMessage(record.Sns.Message, bucket, prefix);
    const s3Bucket = record.s3?.bucket?.name;
    const s3Key = record.s3?.object?.key;
    // S3 notifications URL-encode the key, spaces as "+".
    // An S3 notification carries no verdicts: the sender stays a claim.
    if (s3Bucket && s3Key) return [{ bucket: s3Bucket, key: decodeURIComponent(s3Key.replace(/\+/g, ' ')), senderVerified: false }];
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
    for (const { virusVerdict, senderVerified, ...location } of rawMailLocations(event, options.bucket, options.prefix)) {
      if (virusVerdict === 'FAIL') {
        rejected += 1;
        options.onRejected(location, new ChannelError(422, 'virus_detected', 'SES flagged the message as containing a virus'));
        continue;
      }
      const raw = await options.readRawMail(location);
      try {
        events.push(await parseEmail(raw, { receivedAt: options.now(), via: 'ses', senderVerified }));
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
