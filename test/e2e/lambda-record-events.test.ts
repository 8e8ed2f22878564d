/**
 * The record-driven handlers (functions/process.ts, aggregate.ts, email-inbound.ts, digest.ts)
 * with the odd events AWS can send: an empty SQS batch, records that are not JSON or not a
 * FeedbackEvent among good ones and a duplicate delivery in one batch; stream records that are
 * removals, modifications, without a new image or of another item's shape; SNS notifications that
 * announce no stored mail; a schedule's own event instead of the configured input.
 */
import type { Context, DynamoDBRecord, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveFeedbackId } from '../../shared/event.ts';
import { reportingDay } from '../../shared/timeline/counters.ts';
import { useEmulatedAws } from '../support/emulated-aws.ts';
import { httpEvent } from '../support/http-event.ts';
import { sqsEvent } from '../support/sqs-event.ts';

type Handler<E, R> = (event: E, context: Context) => Promise<R>;
const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
let processBatch: Handler<SQSEvent, SQSBatchResponse>;
let aggregate: Handler<{ Records: DynamoDBRecord[]; shardId?: string }, { batchItemFailures: unknown[] }>;
let emailInbound: (event: unknown) => Promise<{ queued: number; rejected: number }>;
let digest: (event: unknown) => Promise<unknown>;
let api: Handler<ReturnType<typeof httpEvent>, { statusCode: number; body: string }>;

beforeAll(async () => {
  await useEmulatedAws({
    FEEDBACK_API_KEYS: 'record-events-key',
    EMAIL_BUCKET: 'record-events-mail',
    LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_NAMESPACE: 'test',
    POWERTOOLS_DEV: 'true',
  });
  ({ handler: processBatch } = (await import('../../functions/process.ts')) as never);
  ({ handler: aggregate } = (await import('../../functions/aggregate.ts')) as never);
  ({ handler: emailInbound } = (await import('../../functions/email-inbound.ts')) as never);
  ({ handler: digest } = (await import('../../functions/digest.ts')) as never);
  ({ handler: api } = (await import('../../functions/api.ts')) as never);
});

const formEvent = (id: string, email: string) =>
  JSON.stringify({ schemaVersion: 1, feedbackId: deriveFeedbackId('record-events', id), channel: 'web', source: 'forms', kind: 'message', receivedAt: '2026-11-25T08:00:00.000Z', identities: [`email:${email}`], text: '物流太慢了', metadata: {} });

describe('record events the Lambda handlers get', () => {
  it('processor: an empty batch fails nothing; bad records fail alone, by id; a delivery repeated in one batch is one timeline item', async () => {
    expect(await processBatch({ Records: [] }, context)).toEqual({ batchItemFailures: [] });
    const good = formEvent('good', 'records@example.com');
    const answer = await processBatch(
      sqsEvent([
        { messageId: 'not-json', body: '{"schemaVersion":1,' },
        { messageId: 'good', body: good },
        { messageId: 'not-an-event', body: '{"feedbackId":"fb_x","text":42}' },
        { messageId: 'null', body: 'null' },
        { messageId: 'good-again', body: good },
      ]),
      context,
    );
    expect(answer.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['not-an-event', 'not-json', 'null']);
    const lookup = await api(httpEvent('GET', '/v1/customers', undefined, { authorization: 'Bearer record-events-key' }, { query: 'identity=email:records@example.com' }), context);
    expect(JSON.parse(lookup.body)).toMatchObject({ counts: { total: 1 } });
  });

  it('aggregator: removals, modifications, records without a new image and other items are passed over, not failed', async () => {
    const records = [
      { eventName: 'REMOVE', dynamodb: { SequenceNumber: '1', Keys: { pk: { S: 'FB#x' }, sk: { S: 'FB#x' } }, OldImage: { pk: { S: 'FB#x' } } } },
      { eventName: 'MODIFY', dynamodb: { SequenceNumber: '2', NewImage: { pk: { S: 'FB#y' }, sk: { S: 'FB#y' }, status: { S: 'resolved' } } } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '3' } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '4', NewImage: { pk: { S: 'CUS#c' }, sk: { S: 'PROFILE' } } } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '5', NewImage: { pk: { S: 'FB#z' }, sk: { S: 'FB#z' }, other: { N: '1' } } } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '6', NewImage: { id: { S: 'another table' } } } },
      // Images no DynamoDB type reads: passed over as unreadable items are, not failing the batch from its first record on.
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '7', NewImage: { pk: { S: 'FB#w' }, odd: { Q: 'x' } } } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '8', NewImage: { pk: { S: 'FB#v' }, gone: null } } },
      { eventName: 'INSERT', dynamodb: { SequenceNumber: '9', NewImage: 'not an image' } },
    ] as unknown as DynamoDBRecord[];
    expect(await aggregate({ Records: records, shardId: 'shard-1' }, context)).toMatchObject({ batchItemFailures: [] });
    expect(await aggregate({ Records: [], shardId: 'shard-1' }, context)).toMatchObject({ batchItemFailures: [] });
    expect(await aggregate({ shardId: 'shard-1' } as never, context)).toMatchObject({ batchItemFailures: [] });
  });

  it('email-inbound: SNS notifications of other types, an unreadable message and an empty event read no mail and queue nothing', async () => {
    const sns = (message: string) => ({ Records: [{ EventSource: 'aws:sns', Sns: { Type: 'Notification', Message: message } }] });
    for (const event of [
      sns(JSON.stringify({ notificationType: 'Bounce', mail: { messageId: 'x' } })),
      sns(JSON.stringify({ Type: 'SubscriptionConfirmation', SubscribeURL: 'https://sns.example.com/confirm' })),
      sns('null'),
      sns('not json'),
      { Records: [] },
      {},
      { Records: [null] },
      { Records: {} },
      null,
    ]) {
      expect(await emailInbound(event)).toEqual({ queued: 0, rejected: 0 });
    }
  });

  it("digest: a schedule's own event (EventBridge's 'Scheduled Event') instead of the configured input is refused by name, sending nothing", async () => {
    const scheduled = { version: '0', id: 'e', 'detail-type': 'Scheduled Event', source: 'aws.events', account: '0', time: '2026-12-01T00:00:00Z', region: 'us-east-1', resources: [], detail: {} };
    await expect(digest(scheduled)).rejects.toThrow(/period must be one of daily, weekly/);
  });

  it('digest: an invocation for a period that has not ended is refused, claiming nothing (found by audit)', async () => {
    const thisWeek = { period: 'weekly', date: reportingDay(new Date(), 'Asia/Shanghai'), recipients: ['early@example.com'] };
    await expect(digest(thisWeek)).rejects.toThrow(/cannot be sent before its period ends/);
    await expect(digest({ ...thisWeek, period: 'daily', date: '2099-01-05', force: true })).rejects.toThrow(/cannot be sent before its period ends/);
  });
});
