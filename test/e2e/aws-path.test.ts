/**
 * The deployed path with the real Lambda handlers: API Gateway (v2 events) → functions/ingest →
 * SQS (fauxqs) → functions/process (Powertools partial batch) → DynamoDB Local → functions/api.
 * The AWS SDK's standard AWS_ENDPOINT_URL_* variables point the handlers at the emulators.
 */
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context, SQSEvent, SQSBatchResponse } from 'aws-lambda';
import { interceptLocalhostDns } from 'fauxqs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SqsPoller } from '../../shared/adapters/aws/sqs-poller.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { createTestTable } from '../support/dynamodb.ts';
import { handlerEnvironment } from '../support/emulators.ts';
import { createTestQueue, type TestQueue } from '../support/sqs.ts';
import { sqsEvent } from '../support/sqs-event.ts';
import { httpEvent } from '../support/http-event.ts';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

const context = { functionName: 'test', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
let ingest: HttpHandler;
let processBatch: SqsHandler;
let api: HttpHandler;
let queue: TestQueue;

async function drainInto(handler: SqsHandler, until: () => Promise<boolean>): Promise<void> {
  const poller = new SqsPoller({
    queueUrl: queue.queueUrl,
    client: queue.client,
    waitTimeSeconds: 1,
    handler: (messages) => handler(sqsEvent(messages), context),
  }).start();
  const deadline = Date.now() + 45_000;
  while (!(await until()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await poller.stop();
}

async function dlqDepth(): Promise<number> {
  const { Attributes } = await queue.client.send(new GetQueueAttributesCommand({ QueueUrl: queue.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(Attributes?.ApproximateNumberOfMessages ?? 0);
}

beforeAll(async () => {
  // fauxqs names queues on sqs.<region>.localhost, which the SDK calls directly for a QueueUrl.
  interceptLocalhostDns();
  const table = await createTestTable(inject('dynamodbEndpoint'));
  // Long enough that a delivery slowed down by a busy emulator (the fault suite shares it) is not
  // received twice and dead-lettered; short enough that the poison message reaches the DLQ quickly.
  queue = await createTestQueue(inject('sqsEndpoint'), { visibilityTimeoutSeconds: 4, maxReceiveCount: 2 });
  Object.assign(process.env, {
    ...handlerEnvironment({ dynamodb: inject('dynamodbEndpoint'), sqs: inject('sqsEndpoint') }, { tableName: table.tableName, queueUrl: queue.queueUrl }),
    FEEDBACK_API_KEYS: 'aws-path-key',
    LOG_LEVEL: 'ERROR',
    POWERTOOLS_METRICS_NAMESPACE: 'test',
    POWERTOOLS_DEV: 'true',
  });
  ({ handler: ingest } = (await import('../../functions/ingest.ts')) as unknown as { handler: HttpHandler });
  ({ handler: processBatch } = (await import('../../functions/process.ts')) as unknown as { handler: SqsHandler });
  ({ handler: api } = (await import('../../functions/api.ts')) as unknown as { handler: HttpHandler });
});

describe('the AWS path through the real Lambda handlers', () => {
  it('takes form posts through SQS into DynamoDB; a person merges the customers a post claimed to join; a poison message ends in the DLQ alone', async () => {
    const post = (body: object, headers: Record<string, string> = {}) =>
      ingest(httpEvent('POST', '/webhooks/forms/contact', JSON.stringify(body), { 'content-type': 'application/json', ...headers }), context);
    const accepted = (await post({ message: '房间空调坏了，前台也不管', email: 'sun@example.com' })) as { statusCode: number; body: string };
    expect(accepted.statusCode).toBe(202);
    await post({ message: '退款一直没到账', phone: '13600136000' });
    const authorised = { authorization: 'Bearer aws-path-key' };
    const customerOf = async (identity: string) => {
      const response = (await api(httpEvent('GET', '/v1/customers', undefined, authorised, { query: `identity=${identity}` }), context)) as { statusCode: number; body: string };
      return response.statusCode === 200 ? (JSON.parse(response.body) as { customerId: string; counts: { total: number } }) : undefined;
    };
    await drainInto(processBatch, async () => (await customerOf('phone:13600136000')) !== undefined && (await customerOf('email:sun@example.com')) !== undefined);
    // Form fields are claims: a post naming both only suggests that the two customers are one.
    await post({ message: '再次投诉，还是没人处理', email: 'sun@example.com', phone: '13600136000' }, { 'idempotency-key': 'x1' });
    await post({ message: '再次投诉，还是没人处理', email: 'sun@example.com', phone: '13600136000' }, { 'idempotency-key': 'x1' });
    expect(((await post({ message: '' })) as { statusCode: number }).statusCode).toBe(422);
    await queue.client.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: '{"not":"an event"}' }));

    await drainInto(processBatch, async () => (await customerOf('email:sun@example.com'))?.counts.total === 2 && (await dlqDepth()) === 1);
    expect((await customerOf('phone:13600136000'))?.counts.total).toBe(1);
    const suggestions = (await api(httpEvent('GET', '/v1/merge-suggestions', undefined, authorised), context)) as { body: string };
    const [suggestion] = (JSON.parse(suggestions.body) as { items: { suggestionId: string }[] }).items;
    const acceptance = (await api(httpEvent('POST', `/v1/merge-suggestions/${suggestion!.suggestionId}/accept`, undefined, authorised), context)) as { statusCode: number };
    expect(acceptance.statusCode).toBe(200);
    const customer = (await customerOf('phone:13600136000'))!;
    expect(customer.counts.total).toBe(3);
    const timeline = (await api(httpEvent('GET', `/v1/customers/${customer.customerId}/timeline`, undefined, { authorization: 'Bearer aws-path-key' }), context)) as { statusCode: number; body: string };
    const items = (JSON.parse(timeline.body) as { items: { text: string; customerId: string }[] }).items;
    expect(items.map((i) => i.text)).toEqual(['再次投诉，还是没人处理', '退款一直没到账', '房间空调坏了，前台也不管']);
    expect(new Set(items.map((i) => i.customerId))).toEqual(new Set([customer.customerId]));
    expect(await dlqDepth()).toBe(1);
    const unauthorised = (await api(httpEvent('GET', `/v1/customers/${customer.customerId}`), context)) as { statusCode: number };
    expect(unauthorised.statusCode).toBe(401);
  }, 150_000);

  it('reports each batch its own failures when one process handles two batches at once (several pollers, as the soak runs)', async () => {
    const formEvent = (id: string) =>
      JSON.stringify({ schemaVersion: 1, feedbackId: deriveFeedbackId('aws-path-concurrent', id), channel: 'web', source: 'forms', kind: 'message', receivedAt: '2026-11-25T08:00:00.000Z', identities: [`email:concurrent${id}@example.com`], text: '物流太慢了', metadata: {} });
    const [first, second] = await Promise.all([
      processBatch(sqsEvent([{ messageId: 'a-poison', body: '{"not":"an event"}' }, { messageId: 'a-good', body: formEvent('a') }]), context),
      processBatch(sqsEvent([{ messageId: 'b-good', body: formEvent('b') }]), context),
    ]);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'a-poison' }]);
    expect(second.batchItemFailures).toEqual([]);
  }, 60_000);
});
