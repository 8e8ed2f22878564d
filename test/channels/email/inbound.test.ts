import { DeleteObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3RawMailBucket } from '../../../shared/adapters/aws/s3-raw-mail.ts';
import { storedMailFromEvent, type SesInboundEvent } from '../../../shared/adapters/aws/ses-inbound-event.ts';
import { createInboundMailHandler, senderVerified, type RawMailLocation } from '../../../shared/channels/email/inbound.ts';
import type { ChannelError } from '../../../shared/channels/types.ts';
import { MAX_RAW_EMAIL_BYTES } from '../../../shared/channels/email/parse.ts';
import { CapturingQueue, FIXED_NOW } from '../support.ts';
import { fixture } from './email-support.ts';
import sesLambdaEvent from './fixtures/ses-lambda-event.json' with { type: 'json' };
import snsNotification from './fixtures/ses-sns-s3-notification.json' with { type: 'json' };

const BUCKET = 'feedback-inbound-mail';
const PREFIX = 'inbound/';
const STORAGE = { bucket: BUCKET, prefix: PREFIX };

function harness(objects: Record<string, Uint8Array>, { queue = new CapturingQueue(), deleting = true } = {}) {
  const rejected: { location: RawMailLocation; error: ChannelError }[] = [];
  const kept: RawMailLocation[] = [];
  const ingestStoredMail = createInboundMailHandler({
    readRawMail: async ({ bucket, key }) => {
      const raw = objects[`${bucket}/${key}`];
      if (!raw) throw new Error(`NoSuchKey ${bucket}/${key}`);
      return raw;
    },
    discardRawMail: async ({ bucket, key }) => {
      if (!deleting) throw new Error('AccessDenied');
      delete objects[`${bucket}/${key}`];
    },
    queue,
    now: () => FIXED_NOW,
    onRejected: (location, error) => rejected.push({ location, error }),
    onKept: (location) => kept.push(location),
  });
  // As functions/email-inbound.ts wires it: the AWS adapter reads the envelope, the core the mail.
  const handler = (event: SesInboundEvent) => ingestStoredMail(storedMailFromEvent(event, STORAGE));
  return { queue, rejected, kept, handler };
}

describe('SES inbound mail Lambda', () => {
  it('reads <prefix><messageId> for an SES Lambda action event and queues the parsed mail', async () => {
    const { queue, handler } = harness({ [`${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`]: fixture('gbk-163-reply.eml') });
    expect(await handler(sesLambdaEvent)).toEqual({ queued: 1, rejected: 0 });
    expect(queue.sent[0]).toMatchObject({ channel: 'email', identities: ['email:li.na@163.com'], text: '退款到现在还没到账，已经超过七个工作日了，非常失望。', metadata: { via: 'ses' } });
  });

  it("verifies the sender only on SES's verdicts: SPF or DKIM passing with DMARC", async () => {
    const objects = {
      [`${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`]: fixture('gbk-163-reply.eml'),
      [`${BUCKET}/inbound/k8mc6h2b1q0s9fv0lqnwe5snsbig5reply0001`]: fixture('big5-iphone-reply.eml'),
    };
    const { queue, handler } = harness(objects);
    await handler(sesLambdaEvent); // DMARC GRAY: SPF and DKIM passed, but the domain publishes no policy
    await handler(snsNotification); // all PASS
    expect(queue.sent.map((event) => event.verifiedIdentities)).toEqual([undefined, ['email:wang.xiaoming@example.com.tw']]);
    const failing = structuredClone(sesLambdaEvent);
    failing.Records[0]!.ses.receipt.dmarcVerdict.status = 'PASS';
    failing.Records[0]!.ses.receipt.spfVerdict.status = 'FAIL';
    failing.Records[0]!.ses.receipt.dkimVerdict.status = 'FAIL';
    expect(senderVerified(storedMailFromEvent(failing, STORAGE)[0]!.verdicts)).toBe(false);
  });

  it('follows the bucket and key named by the S3 action’s SNS notification', async () => {
    const { queue, handler } = harness({ [`${BUCKET}/inbound/k8mc6h2b1q0s9fv0lqnwe5snsbig5reply0001`]: fixture('big5-iphone-reply.eml') });
    await handler(snsNotification);
    expect(queue.sent.map((event) => event.identities[0])).toEqual(['email:wang.xiaoming@example.com.tw']);
  });

  it('reads S3 event notifications with URL-encoded keys', () => {
    const event = { Records: [{ s3: { bucket: { name: BUCKET }, object: { key: 'inbound/a+b%2Fc' } } }] };
    expect(storedMailFromEvent(event, STORAGE)).toEqual([{ location: { bucket: BUCKET, key: 'inbound/a b/c' }, verdicts: {} }]);
  });

  it('ignores an S3 record whose key is not percent-encoding S3 could have sent, reading the others', () => {
    const event = { Records: [{ s3: { bucket: { name: BUCKET }, object: { key: 'inbound/%E0%A4%A' } } }, { s3: { bucket: { name: BUCKET }, object: { key: 'inbound/ok' } } }] };
    expect(storedMailFromEvent(event, STORAGE)).toEqual([{ location: { bucket: BUCKET, key: 'inbound/ok' }, verdicts: {} }]);
  });

  it('ignores message ids that would escape the prefix and unrelated SNS messages', () => {
    const event = { Records: [{ ses: { mail: { messageId: '../secrets' } } }, { Sns: { Message: '{"notificationType":"Bounce"}' } }, { Sns: { Message: 'not json' } }] };
    expect(storedMailFromEvent(event, STORAGE)).toEqual([]);
  });

  it('logs and skips a stored mail that is not feedback, still queueing the others', async () => {
    const twoRecords = { Records: [{ ses: { mail: { messageId: 'nofrom' } } }, { ses: { mail: { messageId: 'good' } } }] };
    const { queue, rejected, handler } = harness({
      [`${BUCKET}/inbound/nofrom`]: new TextEncoder().encode('Subject: no sender\r\n\r\nhello'),
      [`${BUCKET}/inbound/good`]: fixture('outlook-reply-attachment.eml'),
    });
    expect(await handler(twoRecords)).toEqual({ queued: 1, rejected: 1 });
    expect(rejected[0]?.error.code).toBe('invalid_sender');
    expect(queue.sent).toHaveLength(1);
  });

  it('queues mail a list rewrote without naming its one author, under an identity of its own, never the list', async () => {
    const raw = Buffer.from(
      [
        'From: Wang Wei via Support <support@lists.company.example>', 'Reply-To: support@lists.company.example', 'Cc: Li Lei <li.lei@example.cn>, Wang Wei <wangwei@aol.example>',
        'List-Id: <support.lists.company.example>', 'To: support@lists.company.example', 'Subject: 快递', 'Message-ID: <cc-1@aol.example>', '', '快递三天没有更新', '',
      ].join('\r\n'),
    );
    const { queue, rejected, handler } = harness({ [`${BUCKET}/inbound/listmail`]: raw });
    expect(await handler({ Records: [{ ses: { mail: { messageId: 'listmail' } } }] })).toEqual({ queued: 1, rejected: 0 });
    expect(rejected).toEqual([]);
    expect(queue.sent[0]).toMatchObject({ identities: [`form:anonymous-${queue.sent[0]?.feedbackId}`], displayName: 'Wang Wei', text: '快递三天没有更新', metadata: { rewrittenBy: 'support@lists.company.example' } });
  });

  it('skips mail SES flagged as a virus without reading it', async () => {
    const flagged = structuredClone(sesLambdaEvent);
    flagged.Records[0]!.ses.receipt.virusVerdict.status = 'FAIL';
    const { queue, rejected, handler } = harness({});
    expect(await handler(flagged)).toEqual({ queued: 0, rejected: 1 });
    expect(rejected[0]?.error.code).toBe('virus_detected');
    expect(queue.sent).toEqual([]);
  });

  it('rejects a mail whose text holds a NUL, as the webhook does, and queues nothing of it', async () => {
    const raw = Buffer.from('From: customer@example.cn\r\nSubject: x\r\nMessage-ID: <nul@example.cn>\r\n\r\nnul\u0000here\r\n');
    const { queue, rejected, handler } = harness({ [`${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`]: raw });
    expect(await handler(sesLambdaEvent)).toEqual({ queued: 0, rejected: 1 });
    expect(rejected[0]?.error.code).toBe('invalid_text');
    expect(queue.sent).toEqual([]);
  });

  it('lets a storage failure propagate so Lambda retries, queueing nothing', async () => {
    const { queue, handler } = harness({});
    await expect(handler(sesLambdaEvent)).rejects.toThrow(/NoSuchKey/);
    expect(queue.sent).toEqual([]);
  });

  it('queues the good mails of a notification before a storage failure that may pass fails it for a retry', async () => {
    const { queue, handler } = harness({ [`${BUCKET}/inbound/k8mc6h2b1q0s9fv0lqnwe5snsbig5reply0001`]: fixture('big5-iphone-reply.eml') });
    const both = { Records: [...sesLambdaEvent.Records, ...snsNotification.Records] };
    await expect(handler(both)).rejects.toThrow(/NoSuchKey/);
    expect(queue.sent.map((event) => event.identities[0])).toEqual(['email:wang.xiaoming@example.com.tw']);
  });

  it('deletes the raw mail once its feedback is queued, so no copy outlives an erasure; refused mail stays for inspection', async () => {
    const gbk = `${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`;
    const objects: Record<string, Uint8Array> = { [gbk]: fixture('gbk-163-reply.eml') };
    const { queue, handler } = harness(objects);
    expect(await handler(sesLambdaEvent)).toEqual({ queued: 1, rejected: 0 });
    expect(queue.sent).toHaveLength(1);
    expect(Object.keys(objects)).toEqual([]);
    const flagged = structuredClone(sesLambdaEvent);
    flagged.Records[0]!.ses.receipt.spamVerdict.status = 'FAIL';
    objects[gbk] = fixture('gbk-163-reply.eml');
    expect(await handler(flagged)).toEqual({ queued: 0, rejected: 1 });
    expect(Object.keys(objects)).toEqual([gbk]);
  });

  it('keeps the raw mail when queueing fails, so the retry finds it; a retry after a queued mail was deleted passes it over', async () => {
    const gbk = `${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`;
    const objects: Record<string, Uint8Array> = { [gbk]: fixture('gbk-163-reply.eml') };
    const down = new CapturingQueue();
    down.send = async () => {
      throw new Error('SQS unavailable');
    };
    await expect(harness(objects, { queue: down }).handler(sesLambdaEvent)).rejects.toThrow(/SQS unavailable/);
    expect(Object.keys(objects)).toEqual([gbk]);
    const { queue, handler } = harness(objects);
    await handler(sesLambdaEvent);
    expect(queue.sent).toHaveLength(1);
    const gone: Record<string, Uint8Array> = {};
    const retry = harness(gone, { queue });
    await expect(retry.handler(sesLambdaEvent)).rejects.toThrow(/NoSuchKey/);
    expect(queue.sent).toHaveLength(1);
  });

  it('a raw mail that cannot be deleted is reported and left to the bucket’s expiry; the feedback stays queued', async () => {
    const objects: Record<string, Uint8Array> = { [`${BUCKET}/inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1`]: fixture('gbk-163-reply.eml') };
    const { queue, kept, handler } = harness(objects, { deleting: false });
    expect(await handler(sesLambdaEvent)).toEqual({ queued: 1, rejected: 0 });
    expect([queue.sent.length, kept]).toEqual([1, [{ bucket: BUCKET, key: 'inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1' }]]);
  });

  it('S3RawMailBucket deletes the object it was given, in its own bucket only', async () => {
    const requests: unknown[] = [];
    const bucket = new S3RawMailBucket({
      bucket: BUCKET,
      client: {
        send: async (command: GetObjectCommand | DeleteObjectCommand) => {
          requests.push([command.constructor.name, command.input]);
          return {};
        },
      },
    });
    await bucket.discard({ bucket: BUCKET, key: 'inbound/x' });
    await expect(bucket.discard({ bucket: 'someone-else', key: 'inbound/x' })).rejects.toMatchObject({ status: 403, code: 'foreign_bucket' });
    expect(requests).toEqual([['DeleteObjectCommand', { Bucket: BUCKET, Key: 'inbound/x' }]]);
  });

  it('S3RawMailBucket refuses an object larger than any mail without reading its body', async () => {
    let destroyed = false;
    const reader = new S3RawMailBucket({
      bucket: BUCKET,
      client: {
        send: async () => ({
          ContentLength: MAX_RAW_EMAIL_BYTES + 1,
          Body: {
            transformToByteArray: async () => {
              throw new Error('the body was read');
            },
            destroy: () => (destroyed = true),
          },
        }),
      },
    });
    await expect(reader.read({ bucket: BUCKET, key: 'inbound/huge' })).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(destroyed).toBe(true);
  });

  it('S3RawMailBucket asks S3 for the bucket and key and returns the bytes', async () => {
    const requests: unknown[] = [];
    const reader = new S3RawMailBucket({
      bucket: BUCKET,
      client: {
        send: async (command: GetObjectCommand) => {
          requests.push(command.input);
          return { Body: { transformToByteArray: async () => new Uint8Array([1, 2, 3]) } };
        },
      },
    });
    expect(await reader.read({ bucket: BUCKET, key: 'inbound/x' })).toEqual(new Uint8Array([1, 2, 3]));
    expect(requests).toEqual([{ Bucket: BUCKET, Key: 'inbound/x' }]);
  });
});
