/**
 * The email-inbound Lambda handler reading stored mail from S3 (fauxqs) and queueing on SQS
 * (fauxqs) when a notification names something it cannot use: an object deleted before the read,
 * a folder, an object far over the size limit, another bucket. Each is logged and passed over;
 * the good mails of the same notification are queued and then deleted from the bucket, so a second
 * delivery of the notification finds them gone and queues nothing again.
 */
import { CompleteMultipartUploadCommand, CreateBucketCommand, CreateMultipartUploadCommand, ListObjectsV2Command, PutObjectCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_RAW_EMAIL_BYTES } from '../../shared/channels/email/parse.ts';
import { EMULATOR_CLIENT_CONFIG } from '../support/emulators.ts';
import { useEmulatedAws } from '../support/emulated-aws.ts';
import { sqsClient } from '../support/sqs.ts';

const BUCKET = `inbound-${Date.now()}`;
const PREFIX = 'inbound/';
const mail = (name: string) => readFileSync(new URL(`../channels/email/fixtures/${name}`, import.meta.url));
let emailInbound: (event: unknown) => Promise<{ queued: number; rejected: number }>;
let s3: S3Client;

beforeAll(async () => {
  // fauxqs serves S3 on the host s3.localhost (virtual-hosted buckets under it), which useEmulatedAws resolves.
  const s3Endpoint = `http://s3.localhost:${new URL(inject('sqsEndpoint')).port}`;
  await useEmulatedAws({ LOG_LEVEL: 'SILENT', EMAIL_BUCKET: BUCKET, EMAIL_OBJECT_PREFIX: PREFIX, AWS_ENDPOINT_URL_S3: s3Endpoint });
  s3 = new S3Client({ ...EMULATOR_CLIENT_CONFIG, endpoint: s3Endpoint });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await s3.send(new CreateBucketCommand({ Bucket: `${BUCKET}-other` }));
  ({ handler: emailInbound } = (await import('../../functions/email-inbound.ts')) as never);
});

const put = (key: string, body: Uint8Array | string, bucket = BUCKET) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
/** An object over SES's 40 MB, put in parts as S3 (and fauxqs, at 11 MiB a request) takes one that large. */
async function putHuge(key: string, bytes: number) {
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: key }));
  const part = 8 * 1024 * 1024;
  const parts = [];
  for (let n = 1; (n - 1) * part < bytes; n += 1) {
    const { ETag } = await s3.send(new UploadPartCommand({ Bucket: BUCKET, Key: key, UploadId, PartNumber: n, Body: Buffer.alloc(Math.min(part, bytes - (n - 1) * part), 0x41) }));
    parts.push({ ETag, PartNumber: n });
  }
  await s3.send(new CompleteMultipartUploadCommand({ Bucket: BUCKET, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
}

/** The S3 event notification of objects put in a bucket. */
const s3Event = (...objects: [bucket: string, key: string][]) => ({ Records: objects.map(([bucket, key]) => ({ s3: { bucket: { name: bucket }, object: { key: encodeURIComponent(key) } } })) });

async function queuedSenders(): Promise<string[]> {
  const client = sqsClient(inject('sqsEndpoint'));
  const senders: string[] = [];
  for (;;) {
    const { Messages = [] } = await client.send(new ReceiveMessageCommand({ QueueUrl: process.env['QUEUE_URL'], MaxNumberOfMessages: 10, VisibilityTimeout: 60 }));
    if (Messages.length === 0) return senders.sort();
    senders.push(...Messages.map((m) => (JSON.parse(m.Body ?? '{}') as { identities: string[] }).identities[0]!));
    await client.send(new DeleteMessageBatchCommand({ QueueUrl: process.env['QUEUE_URL'], Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })) }));
  }
}

describe('email-inbound with stored mail it cannot use', { timeout: 60_000 }, () => {
  it('passes over a deleted object, a folder, an oversize object and another bucket, queues the good mails beside them and deletes those from the bucket', async () => {
    await put(`${PREFIX}good-1`, mail('gbk-163-reply.eml'));
    await put(`${PREFIX}good-2`, mail('big5-iphone-reply.eml'));
    await put(`${PREFIX}folder/`, '');
    await putHuge(`${PREFIX}huge`, MAX_RAW_EMAIL_BYTES + 1024 * 1024);
    await put(`${PREFIX}elsewhere`, mail('gbk-qqmail-reply.eml'), `${BUCKET}-other`);
    const event = s3Event(
      [BUCKET, `${PREFIX}good-1`],
      [BUCKET, `${PREFIX}deleted-before-the-read`],
      [BUCKET, `${PREFIX}folder/`],
      [BUCKET, `${PREFIX}huge`],
      [`${BUCKET}-other`, `${PREFIX}elsewhere`],
      [BUCKET, `${PREFIX}good-2`],
    );
    expect(await emailInbound(event)).toEqual({ queued: 2, rejected: 4 });
    // Queued, the raw copies are gone: no copy outlives the person's erasure. What was refused stays.
    const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
    expect(Contents.map((object) => object.Key).sort()).toEqual([`${PREFIX}folder/`, `${PREFIX}huge`]);
    // The notification delivered again (a Lambda retry) finds them gone and queues nothing twice.
    expect(await emailInbound(event)).toEqual({ queued: 0, rejected: 6 });
    const senders = await queuedSenders();
    expect(senders).toEqual(['email:li.na@163.com', 'email:wang.xiaoming@example.com.tw']);
  });
});
