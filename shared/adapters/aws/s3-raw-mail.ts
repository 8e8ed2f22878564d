import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { RawMailLocation } from '../../channels/email/inbound.ts';
import { MAX_RAW_EMAIL_BYTES } from '../../channels/email/parse.ts';
import { ChannelError } from '../../channels/types.ts';

/** The part of the SDK client used here, so tests can pass a fake. */
export interface S3MailClient {
  send(command: GetObjectCommand | DeleteObjectCommand): Promise<{ ContentLength?: number | undefined; Body?: { transformToByteArray(): Promise<Uint8Array>; destroy?(): void } | undefined }>;
}

/**
 * Reads the raw message an SES receipt rule's S3 action stored, in the one bucket it writes to,
 * and deletes it once its feedback is queued.
 * What can never be read as a mail (another bucket, a folder, an object gone, one larger than any
 * mail SES takes) is a ChannelError: the handler passes it over instead of failing, and so
 * retrying, the notification's other mails with it.
 */
export class S3RawMailBucket {
  private readonly client: S3MailClient;
  private readonly bucket: string;

  constructor({ bucket, client }: { bucket: string; client?: S3MailClient }) {
    this.bucket = bucket;
    this.client = client ?? new S3Client({});
  }

  async read({ bucket, key }: RawMailLocation): Promise<Uint8Array> {
    this.refuseForeign(bucket);
    if (key.endsWith('/')) throw new ChannelError(422, 'not_a_mail', `s3://${bucket}/${key} is a folder`);
    let object: Awaited<ReturnType<S3MailClient['send']>>;
    try {
      object = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    } catch (error) {
      if ((error as { name?: unknown }).name === 'NoSuchKey') throw new ChannelError(404, 'mail_not_found', `s3://${bucket}/${key} is gone`);
      throw error;
    }
    if (!object.Body) throw new Error(`s3://${bucket}/${key} has no body`);
    // Read into memory, an object this large would take the Lambda's memory before parseEmail could refuse it.
    if ((object.ContentLength ?? 0) > MAX_RAW_EMAIL_BYTES) {
      object.Body.destroy?.();
      throw new ChannelError(413, 'payload_too_large', `s3://${bucket}/${key} holds ${object.ContentLength} bytes, more than a mail's ${MAX_RAW_EMAIL_BYTES}`);
    }
    return object.Body.transformToByteArray();
  }

  /** Deleting an object that is gone already succeeds, as S3 answers it: a retried call may repeat it. */
  async discard({ bucket, key }: RawMailLocation): Promise<void> {
    this.refuseForeign(bucket);
    await this.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }

  private refuseForeign(bucket: string): void {
    if (bucket !== this.bucket) throw new ChannelError(403, 'foreign_bucket', `s3://${bucket} is not the inbound mail bucket`);
  }
}
