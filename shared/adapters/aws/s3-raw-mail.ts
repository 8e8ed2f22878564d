import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { RawMailLocation } from '../../channels/email/inbound.ts';

/** The part of the SDK client used here, so tests can pass a fake. */
export interface S3GetClient {
  send(command: GetObjectCommand): Promise<{ Body?: { transformToByteArray(): Promise<Uint8Array> } | undefined }>;
}

/** Reads the raw message an SES receipt rule's S3 action stored. */
export class S3RawMailReader {
  private readonly client: S3GetClient;

  constructor({ client }: { client?: S3GetClient } = {}) {
    this.client = client ?? new S3Client({});
  }

  async read({ bucket, key }: RawMailLocation): Promise<Uint8Array> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!object.Body) throw new Error(`s3://${bucket}/${key} has no body`);
    return object.Body.transformToByteArray();
  }
}
