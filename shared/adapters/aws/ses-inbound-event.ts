import type { MailVerdict, MailVerdicts, StoredMail } from '../../channels/email/inbound.ts';

/**
 * The notifications that can announce a mail SES stored in S3, in the fields read here:
 * - SES receipt rule Lambda action (after its S3 action): `Records[].ses.mail.messageId`, the
 *   object key being `<prefix><messageId>`;
 * - the S3 action's own SNS notification: `Records[].Sns.Message`, a JSON string whose
 *   `receipt.action` names the bucket and key;
 * - an S3 event notification: `Records[].s3.bucket.name` / `s3.object.key` (URL-encoded).
 */
interface SesReceipt {
  virusVerdict?: { status?: string };
  spamVerdict?: { status?: string };
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
export interface SesInboundEvent {
  Records?: InboundRecord[];
}

interface SesNotification {
  notificationType?: string;
  mail?: { messageId?: string };
  receipt?: SesReceipt;
}

/** Where the receipt rule's S3 action writes: EMAIL_BUCKET and EMAIL_OBJECT_PREFIX. */
export interface MailStorage {
  bucket: string;
  prefix: string;
}

// SES message ids are opaque tokens; refusing path characters keeps the key inside the prefix.
const SES_MESSAGE_ID = /^[A-Za-z0-9._-]{1,128}$/;

function verdict(status: { status?: string } | undefined): MailVerdict | undefined {
  if (!status?.status) return undefined;
  return status.status === 'PASS' ? 'pass' : status.status === 'FAIL' ? 'fail' : 'other';
}

function verdictsOf(receipt: SesReceipt | undefined): MailVerdicts {
  return { spf: verdict(receipt?.spfVerdict), dkim: verdict(receipt?.dkimVerdict), dmarc: verdict(receipt?.dmarcVerdict), virus: verdict(receipt?.virusVerdict), spam: verdict(receipt?.spamVerdict) };
}

function fromSesMessageId(messageId: string | undefined, receipt: SesReceipt | undefined, storage: MailStorage): StoredMail[] {
  if (!messageId || !SES_MESSAGE_ID.test(messageId)) return [];
  return [{ location: { bucket: storage.bucket, key: `${storage.prefix}${messageId}` }, verdicts: verdictsOf(receipt) }];
}

function fromSnsMessage(message: string, storage: MailStorage): StoredMail[] {
  let notification: SesNotification;
  try {
    notification = JSON.parse(message) as SesNotification;
  } catch {
    return [];
  }
  if (notification?.notificationType !== 'Received') return [];
  const receipt = notification.receipt;
  const action = receipt?.action;
  if (action?.type === 'S3' && action.bucketName && action.objectKey) {
    return [{ location: { bucket: action.bucketName, key: action.objectKey }, verdicts: verdictsOf(receipt) }];
  }
  return fromSesMessageId(notification.mail?.messageId, receipt, storage);
}

/**
 * S3 notifications URL-encode the key, spaces as "+". A key whose encoding is broken is not one S3
 * sent: the record is ignored as other records we cannot read are, rather than failing the batch.
 */
function decodedS3Key(key: string): string | undefined {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The stored mails an SES, SNS or S3 notification announces, with SES's verdicts where it carries them. */
export function storedMailFromEvent(event: SesInboundEvent, storage: MailStorage): StoredMail[] {
  // Records as the three sources deliver them; anything else (no event, records that are not a list, a record that is not an object) names no mail.
  const records: unknown = event?.Records;
  if (!Array.isArray(records)) return [];
  return (records as NonNullable<SesInboundEvent['Records']>).flatMap((record): StoredMail[] => {
    if (typeof record !== 'object' || record === null) return [];
    if (record.ses) return fromSesMessageId(record.ses.mail?.messageId, record.ses.receipt, storage);
    if (record.Sns?.Message) return fromSnsMessage(record.Sns.Message, storage);
    const s3Bucket = record.s3?.bucket?.name;
    const s3Key = record.s3?.object?.key;
    // S3 notifications carry no verdicts, so the sender stays a claim.
    const key = s3Key && decodedS3Key(s3Key);
    if (s3Bucket && key) return [{ location: { bucket: s3Bucket, key }, verdicts: {} }];
    return [];
  });
}
