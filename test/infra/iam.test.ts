/**
 * Every DynamoDB request each Lambda's code sends is one its role allows. DynamoDB Local checks
 * no IAM, so a request the role refuses passed every other test and failed only in AWS (twice: the
 * processor's BatchWriteItem of work-queue entries, the aggregator's BatchGetItem of FB#/CUST#
 * keys). Here the real handlers run through their entry points against the emulators, every
 * request their clients send is recorded, and each is decided by the Allow statements of that
 * function's role in the synthesised stack: action, table or index ARN, and the partition keys
 * against a `ForAllValues:StringLike` `dynamodb:LeadingKeys` condition.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { interceptLocalhostDns } from 'fauxqs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import type { AggregatorEvent } from '../../functions/aggregate.ts';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { wechatSignature } from '../../shared/channels/wechat/crypto.ts';
import { deriveFeedbackId } from '../../shared/event.ts';
import { DynamoStore } from '../../shared/adapters/aws/dynamo-store.ts';
import { collectPerson } from '../../shared/cases/erasure.ts';
import { createTestTable, dynamoDbClient } from '../support/dynamodb.ts';
import { accessesOf, asFunction, forgetSentRequests, requestsSentBy, synthesiseRolePolicies, tableArn, type RolePolicies } from '../support/dynamo-iam.ts';
import { handlerEnvironment } from '../support/emulators.ts';
import { httpEvent } from '../support/http-event.ts';
import { sqsEvent } from '../support/sqs-event.ts';
import { createTestQueue } from '../support/sqs.ts';
import { streamReader } from '../support/stream-aggregation.ts';

vi.mock('@aws-sdk/client-dynamodb', async (importOriginal) => (await import('../support/dynamo-iam.ts')).withRecordingClient(await importOriginal()));

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
type Handlers = {
  ingest: HttpHandler;
  process: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
  aggregate: (event: AggregatorEvent, context: Context) => Promise<{ batchItemFailures: unknown[] }>;
  api: HttpHandler;
  digest: (input: unknown) => Promise<{ status: string }>;
  sweep: (event: unknown, context: Context) => Promise<{ finished: number; failed: number }>;
};

const context = { functionName: 'iam', awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const API_KEY = 'iam-admin-key';
const SECRETS = { EMAIL_WEBHOOK_SECRET: 'relay-secret', WECHAT_TOKEN: 'wechat-token' };
const PHONE = 'phone:+8613800138001';
const EMAIL = 'email:li.lei@example.com';

let table: string;
let handlers: Handlers;
let policies: RolePolicies;
let drainStream: () => Promise<void>;
/** SES for the digest: accepts mail, or refuses it (a definite failure) while `refusing`. */
let ses: Server;
let refusing = false;

beforeAll(async () => {
  interceptLocalhostDns();
  const { tableName, client } = await createTestTable(inject('dynamodbEndpoint'));
  table = tableArn(tableName);
  const queue = await createTestQueue(inject('sqsEndpoint'));
  ses = createServer((request, response) => {
    request.resume().once('end', () => {
      if (refusing) response.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'MessageRejected' }).end('{"message":"refused"}');
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"MessageId":"iam-digest"}');
    });
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => ses.once('listening', resolve));
  Object.assign(process.env, {
    ...handlerEnvironment({ dynamodb: inject('dynamodbEndpoint'), sqs: inject('sqsEndpoint') }, { tableName, queueUrl: queue.queueUrl }),
    ...SECRETS,
    FEEDBACK_API_KEYS: API_KEY,
    SES_ENDPOINT: `http://127.0.0.1:${(ses.address() as AddressInfo).port}`,
    MAIL_FROM: 'digest@example.com',
    LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_NAMESPACE: 'test',
    POWERTOOLS_DEV: 'true',
  });
  const load = async (name: keyof Handlers) => ((await import(`../../functions/${name}.ts`)) as { handler: never }).handler;
  handlers = { ingest: await load('ingest'), process: await load('process'), aggregate: await load('aggregate'), api: await load('api'), digest: await load('digest'), sweep: await load('sweep') };
  policies = synthesiseRolePolicies(tableName);

  // What Lambda's stream event source hands the aggregator: each shard's new records, under a tumbling window.
  const reader = streamReader(inject('dynamodbEndpoint'), client, tableName);
  drainStream = async () => {
    const batches = await reader.read();
    for (const { shardId, records } of batches) {
      const result = await asFunction('aggregate', () => handlers.aggregate({ Records: records as AggregatorEvent['Records'], shardId }, context));
      expect(result.batchItemFailures).toEqual([]);
    }
    reader.commit(batches);
  };
});

afterAll(() => new Promise((resolve) => ses?.close(resolve)));
beforeEach(() => forgetSentRequests());

/** Each function's role, by the id of its construct in the stack. */
const ROLES: Record<keyof Handlers, string> = { ingest: 'Ingest', process: 'Process', aggregate: 'Aggregate', api: 'Api', digest: 'Digest', sweep: 'Sweep' };

/** The requests `fn` sent that its role refuses, one line each. */
function refused(fn: keyof Handlers): string[] {
  const lines = requestsSentBy(fn).flatMap((request) =>
    accessesOf(request)
      .filter((access) => !policies.allows(ROLES[fn], access))
      .map((access) => `${fn}: ${request.operation} needs ${access.action} on ${access.resource.replace(/.*:table\/[^/]+/, 'table')} for ${access.leadingKeys.join(', ')}`),
  );
  return [...new Set(lines)];
}

/** The actions `fn` needed, each with the key prefixes (up to `#`) it touched. */
function actionsNeeded(fn: string): string[] {
  const needed = requestsSentBy(fn).flatMap(accessesOf).flatMap((access) => access.leadingKeys.map((key) => `${access.action} ${key.replace(/#.*/, '#')}`));
  return [...new Set(needed)].sort();
}

let feedbackSeq = 0;
/** An SQS message carrying a new feedback event, as ingest queues it. */
function queued(fields: { channel: string; source: string; identities: string[]; verifiedIdentities?: string[]; text: string; receivedAt: string }) {
  const feedbackId = deriveFeedbackId('iam', String(++feedbackSeq));
  const body = JSON.stringify({ schemaVersion: 1, feedbackId, kind: 'message', metadata: {}, ...fields });
  return { messageId: feedbackId, body };
}

async function processBatch(...messages: { messageId: string; body: string }[]) {
  const result = await asFunction('process', () => handlers.process(sqsEvent(messages), context));
  expect(result.batchItemFailures).toEqual([]);
}

async function api<T = any>(method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<{ status: number; body: T; etag?: string }> {
  const [rawPath, query = ''] = path.split('?');
  const event = httpEvent(method, rawPath!, body && JSON.stringify(body), { authorization: `Bearer ${API_KEY}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, { query });
  const answer = await asFunction('api', () => handlers.api(event, context));
  return { status: answer.statusCode!, body: answer.body ? JSON.parse(answer.body) : undefined, etag: answer.headers?.etag as string | undefined };
}

const sms = (text: string, receivedAt: string) => queued({ channel: 'sms', source: 'twilio-sms', identities: [PHONE], verifiedIdentities: [PHONE], text, receivedAt });
const form = (identities: string[], text: string) => queued({ channel: 'web', source: 'forms', identities, text, receivedAt: '2026-11-29T10:00:00.000Z' });

describe('every DynamoDB request a function sends is allowed by its role', () => {
  it('decides as IAM does: the action, the table or its index, and every partition key against the LeadingKeys patterns', () => {
    const allows = (role: string, action: string, leadingKeys: string[], resource = table) => policies.allows(role, { action: `dynamodb:${action}`, resource, leadingKeys });
    expect(allows('Ingest', 'PutItem', ['SIGUSE#wechat:1'])).toBe(true);
    expect(allows('Ingest', 'PutItem', ['SIGUSE#wechat:1', 'CUST#cus_1'])).toBe(false);
    expect(allows('Ingest', 'GetItem', ['SIGUSE#wechat:1'])).toBe(false);
    expect(allows('Ingest', 'PutItem', ['SIGUSE#wechat:1'], `${table}-other`)).toBe(false);
    expect(allows('Api', 'Query', ['URGENT#active'], `${table}/index/gsi3`)).toBe(true);
    expect(allows('Aggregate', 'Query', ['AGG#2026-11-29'])).toBe(false);
    expect(allows('Digest', 'DeleteItem', ['CLAIM#digest#daily'])).toBe(true);
    expect(allows('Digest', 'DeleteItem', ['CUST#cus_1'])).toBe(false);
    expect(allows('Digest', 'PutItem', ['CLAIM#digest#daily'])).toBe(true);
    expect(allows('Digest', 'PutItem', ['ID#email:a@example.com'])).toBe(false);
    expect(allows('EmailInbound', 'GetItem', ['CUST#cus_1'])).toBe(false);
  });

  it('process: a new customer, a returning one turning at-risk with an urgent message, a merge on verified evidence, a duplicate, claims that suggest merges', async () => {
    const first = sms('快递三天还没到，客服也不回复，太差了', '2026-11-28T09:00:00.000Z');
    await processBatch(first);
    await processBatch(sms('吃了你们的外卖后食物中毒，现在在医院急诊，太可怕了', '2026-11-29T09:00:00.000Z'));
    await processBatch(queued({ channel: 'email', source: 'email', identities: [EMAIL], verifiedIdentities: [EMAIL], text: '发票开错了，请重开', receivedAt: '2026-11-29T09:30:00.000Z' }));
    await processBatch(queued({ channel: 'email', source: 'email', identities: [EMAIL, PHONE], verifiedIdentities: [EMAIL, PHONE], text: '还是没人处理我的投诉', receivedAt: '2026-11-29T11:00:00.000Z' }));
    await processBatch(first);
    for (const n of [1, 2]) {
      await processBatch(form([`email:claim${n}@example.com`], '房间空调坏了'), form([`phone:+861390013900${n}`], '退款一直没到账'));
      await processBatch(form([`email:claim${n}@example.com`, `phone:+861390013900${n}`], '再次投诉，还是没人处理'));
    }

    const customer = await api('GET', `/v1/customers?identity=${PHONE}`);
    expect(customer.body).toMatchObject({ identities: expect.arrayContaining([PHONE, EMAIL]), counts: { total: 4 } });
    expect(actionsNeeded('process')).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem WQ#', 'dynamodb:PutItem ID#', 'dynamodb:UpdateItem CUST#']));
    expect(refused('process')).toEqual([]);
  });

  it('aggregate: a stream batch with an at-risk item, counters and quotes', async () => {
    await drainStream();
    expect(actionsNeeded('aggregate')).toEqual(expect.arrayContaining(['dynamodb:BatchGetItem FB#', 'dynamodb:BatchGetItem CUST#', 'dynamodb:PutItem RISK#', 'dynamodb:UpdateItem AGG#']));
    expect(refused('aggregate')).toEqual([]);
  });

  it('api: reads, a case change, a merge and its undo, suggestions accepted and dismissed, an export and an erasure', async () => {
    const { customerId } = (await api('GET', `/v1/customers?identity=${PHONE}`)).body;
    expect((await api('GET', `/v1/customers/${customerId}/timeline?limit=20`)).status).toBe(200);
    expect((await api('GET', '/v1/stats/daily?from=2026-11-28&to=2026-11-29')).status).toBe(200);
    const queue = await api('GET', '/v1/feedback');
    // Urgent first.
    const urgent = queue.body.items[0];
    expect(urgent.classification.urgent).toBe(true);
    const read = await api('GET', `/v1/feedback/${urgent.feedbackId}`);
    expect((await api('PATCH', `/v1/feedback/${urgent.feedbackId}`, { status: 'acknowledged', note: '已联系顾客', assignee: 'wang' }, { 'if-match': read.etag! })).status).toBe(200);

    const suggestions = (await api('GET', '/v1/merge-suggestions')).body.items as { suggestionId: string }[];
    expect(suggestions).toHaveLength(2);
    expect((await api('POST', `/v1/merge-suggestions/${suggestions[0]!.suggestionId}/accept`, { reason: 'same person' })).status).toBe(200);
    expect((await api('POST', `/v1/merge-suggestions/${suggestions[1]!.suggestionId}/dismiss`)).status).toBe(200);

    const other = (await api('GET', '/v1/customers?identity=email:claim2@example.com')).body.customerId;
    const merged = await api('POST', `/v1/customers/${customerId}/merge`, { customerId: other, reason: 'same household' });
    expect(merged.status).toBe(200);
    expect((await api('GET', `/v1/merges/${merged.body.mergeId}`)).status).toBe(200);
    expect((await api('POST', `/v1/merges/${merged.body.mergeId}/undo`)).status).toBe(200);

    expect((await api('GET', `/v1/customers/${customerId}/export`)).status).toBe(200);
    expect((await api('DELETE', `/v1/customers/${customerId}`)).status).toBe(200);
    expect((await api('GET', '/v1/erasures')).body.items).toHaveLength(1);
    expect(actionsNeeded('api')).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem CUST#', 'dynamodb:DeleteItem WQ#', 'dynamodb:PutItem MERGE#']));
    expect(refused('api')).toEqual([]);
  });

  it('process and aggregate: an at-risk item whose customer was erased before the aggregator saw it is taken back', async () => {
    const phone = 'phone:+8613800138002';
    const at = (day: string) => `2026-11-${day}T08:00:00.000Z`;
    await processBatch(queued({ channel: 'sms', source: 'twilio-sms', identities: [phone], verifiedIdentities: [phone], text: '东西坏了，太失望了', receivedAt: at('28') }));
    await processBatch(queued({ channel: 'sms', source: 'twilio-sms', identities: [phone], verifiedIdentities: [phone], text: '又坏了，再也不买了，太差了', receivedAt: at('29') }));
    const { customerId } = (await api('GET', `/v1/customers?identity=${phone}`)).body;
    expect((await api('DELETE', `/v1/customers/${customerId}`)).status).toBe(200);
    await drainStream();
    expect(actionsNeeded('aggregate')).toContain('dynamodb:DeleteItem RISK#');
    expect(refused('process')).toEqual([]);
    expect(refused('api')).toEqual([]);
    expect(refused('aggregate')).toEqual([]);
  });

  it('process: a message to a customer whose undo was cut short finishes the undo (items moved back, each side judged again)', async () => {
    const [a, b] = ['phone:+8613800138003', 'phone:+8613800138004'];
    const send = (phone: string, text: string, receivedAt: string) => processBatch(queued({ channel: 'sms', source: 'twilio-sms', identities: [phone], verifiedIdentities: [phone], text, receivedAt }));
    await send(a, '快递三天还没到，太差了', '2026-11-27T08:00:00.000Z');
    await send(b, '退款一直没到账，太失望了', '2026-11-27T09:00:00.000Z');
    const [survivor, absorbed] = [(await api('GET', `/v1/customers?identity=${a}`)).body.customerId, (await api('GET', `/v1/customers?identity=${b}`)).body.customerId];
    const { mergeId } = (await api('POST', `/v1/customers/${survivor}/merge`, { customerId: absorbed })).body;
    // Processed while merged, against the merged history: judged again on its own customer's once the items are back.
    await send(b, '还是没人处理我的退款，又一次投诉，太差了', '2026-11-28T08:00:00.000Z');
    await send(b, '第三次投诉退款，太差了', '2026-11-28T09:00:00.000Z');
    // The undo's API request is cut short after its first, atomic step: nothing handed back yet.
    const store = new DynamoStore(table.replace(/.*:table\//, ''), dynamoDbClient(inject('dynamodbEndpoint')));
    expect((await store.undoMerge({ mergeId, at: new Date().toISOString(), by: 'iam' })).status).toBe('undone');
    expect((await api('GET', `/v1/merges/${mergeId}`)).body.pending).toBe('undo');
    forgetSentRequests();

    await send(a, '发票开错了', '2026-11-29T08:00:00.000Z');
    expect((await api('GET', `/v1/merges/${mergeId}`)).body).not.toHaveProperty('pending');
    expect((await api('GET', `/v1/customers/${absorbed}`)).body.counts.total).toBe(3);
    expect(refused('process')).toEqual([]);
  });

  it('process: a message to a survivor whose undo was cut short and whose absorbed customer an erasure took with the merge erases what the undo had yet to hand back', async () => {
    const [a, b] = ['phone:+8613800138005', 'phone:+8613800138006'];
    const send = (phone: string, text: string, receivedAt: string) => processBatch(queued({ channel: 'sms', source: 'twilio-sms', identities: [phone], verifiedIdentities: [phone], text, receivedAt }));
    await send(a, '快递三天还没到，太差了', '2026-11-27T08:00:00.000Z');
    await send(b, '退款一直没到账，太失望了', '2026-11-27T09:00:00.000Z');
    const [survivor, absorbed] = [(await api('GET', `/v1/customers?identity=${a}`)).body.customerId, (await api('GET', `/v1/customers?identity=${b}`)).body.customerId];
    const { mergeId } = (await api('POST', `/v1/customers/${survivor}/merge`, { customerId: absorbed })).body;
    const store = new DynamoStore(table.replace(/.*:table\//, ''), dynamoDbClient(inject('dynamodbEndpoint')));
    expect((await store.undoMerge({ mergeId, at: new Date().toISOString(), by: 'iam' })).status).toBe('undone');
    // Erased as before session 49, the undo not finished first: its item stays on the survivor.
    const person = (await collectPerson(store, absorbed))!;
    const record = { erasureId: 'er_iam', at: new Date().toISOString(), by: 'iam', subjectHash: 'e'.repeat(64), customers: 1, identities: person.identities.length, items: person.items.length };
    await store.erase({ customers: [person.customer], identities: person.identities, items: person.items, suggestions: person.suggestions, claimsAbout: [], suggestionsNaming: [], profilesListing: [], mergesListing: [], record });
    forgetSentRequests();

    await send(a, '发票开错了', '2026-11-29T08:00:00.000Z');
    expect((await api('GET', `/v1/customers/${survivor}`)).body.counts.total).toBe(2);
    expect((await api('GET', `/v1/customers/${survivor}/timeline?limit=20`)).body.items).toHaveLength(2);
    expect(actionsNeeded('process')).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem FB#', 'dynamodb:BatchWriteItem ERASED#']));
    expect(refused('process')).toEqual([]);
  });

  it('sweep: a merge and an undo requests cut short left under way, which nothing touched again, are finished on schedule', async () => {
    const [a, b, c, d] = ['phone:+8613800138007', 'phone:+8613800138008', 'phone:+8613800138009', 'phone:+8613800138010'];
    const send = (phone: string, text: string, receivedAt: string) => processBatch(queued({ channel: 'sms', source: 'twilio-sms', identities: [phone], verifiedIdentities: [phone], text, receivedAt }));
    await send(a, '快递三天还没到，太差了', '2026-11-27T08:00:00.000Z');
    await send(b, '退款一直没到账，太失望了', '2026-11-27T09:00:00.000Z');
    await send(b, '还是没人处理我的退款，又一次投诉，太差了', '2026-11-28T08:00:00.000Z');
    await send(c, '发票开错了', '2026-11-27T10:00:00.000Z');
    await send(d, '东西坏了，太失望了', '2026-11-27T11:00:00.000Z');
    const customerOf = async (identity: string) => (await api('GET', `/v1/customers?identity=${identity}`)).body.customerId as string;
    const [ab, cd] = [[await customerOf(a), await customerOf(b)], [await customerOf(c), await customerOf(d)]];
    const { mergeId } = (await api('POST', `/v1/customers/${ab[0]}/merge`, { customerId: ab[1] })).body;
    // Both cut short after their first, atomic step, an hour ago: nothing moved yet.
    const store = new DynamoStore(table.replace(/.*:table\//, ''), dynamoDbClient(inject('dynamodbEndpoint')));
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    expect((await store.undoMerge({ mergeId, at: anHourAgo, by: 'iam' })).status).toBe('undone');
    expect((await store.beginMerge({ survivorId: cd[0]!, absorbedId: cd[1]!, mergedAt: anHourAgo, by: 'iam', reason: 'same person' })).status).toBe('started');
    forgetSentRequests();

    const sweepContext = { ...context, getRemainingTimeInMillis: () => 180_000 } as Context;
    expect(await asFunction('sweep', () => handlers.sweep({}, sweepContext))).toMatchObject({ finished: 2, failed: 0 });
    expect((await api('GET', `/v1/merges/${mergeId}`)).body).not.toHaveProperty('pending');
    expect((await api('GET', `/v1/customers/${ab[1]}`)).body.counts.total).toBe(2);
    expect((await api('GET', `/v1/customers/${cd[0]}/timeline?limit=20`)).body.items).toHaveLength(2);
    expect(actionsNeeded('sweep')).toEqual(expect.arrayContaining(['dynamodb:Query PENDING', 'dynamodb:UpdateItem CUST#', 'dynamodb:UpdateItem FB#']));
    expect(refused('sweep')).toEqual([]);
  });

  it('digest: a send claims the period once; a refused send releases its claim', async () => {
    const daily = { period: 'daily', date: '2026-11-29', recipients: ['ceo@example.com'] };
    expect((await asFunction('digest', () => handlers.digest(daily))).status).toBe('sent');
    refusing = true;
    await expect(asFunction('digest', () => handlers.digest({ ...daily, recipients: ['coo@example.com'] }))).rejects.toThrow(/claim was released/);
    refusing = false;
    expect(actionsNeeded('digest')).toEqual(expect.arrayContaining(['dynamodb:PutItem CLAIM#', 'dynamodb:DeleteItem CLAIM#']));
    expect(refused('digest')).toEqual([]);
  });

  it('ingest: a WeChat push and an email relay post record their signatures in the ledger', async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '1357913579';
    const query = `signature=${wechatSignature(SECRETS.WECHAT_TOKEN, timestamp, nonce)}&timestamp=${timestamp}&nonce=${nonce}&openid=oIam`;
    const xml = `<xml><ToUserName>gh_1</ToUserName><FromUserName>oIam</FromUserName><CreateTime>${timestamp}</CreateTime><MsgType>text</MsgType><Content>我的订单还没发货</Content><MsgId>9001</MsgId></xml>`;
    const pushed = await asFunction('ingest', () => handlers.ingest(httpEvent('POST', '/webhooks/wechat', xml, { 'content-type': 'text/xml' }, { query }), context));
    expect(pushed.statusCode).toBe(200);
    const raw = 'From: li.lei@example.com\r\nTo: support@example.com\r\nSubject: 地址\r\nMessage-ID: <iam-1@example.net>\r\n\r\n请改一下收货地址\r\n';
    const relayed = await asFunction('ingest', () =>
      handlers.ingest(httpEvent('POST', '/webhooks/email', raw, { 'content-type': 'message/rfc822', ...signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, raw) }), context),
    );
    expect(relayed.statusCode).toBe(202);
    expect(actionsNeeded('ingest')).toEqual(['dynamodb:PutItem SIGUSE#']);
    expect(refused('ingest')).toEqual([]);
  });
});
