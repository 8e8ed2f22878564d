/**
 * `npm run soak [-- --seconds 60 --rate 40 --max 5000]`: mixed-channel traffic at a target rate
 * through the real Lambda handlers (functions/ingest → SQS on fauxqs → functions/process →
 * DynamoDB Local → functions/api), loopback only, bounded in time and count. At the end every
 * accepted request is accounted for: found in exactly one timeline item, or (for the poison
 * messages it injects) in the dead-letter queue. Exits 1 when anything is lost or duplicated.
 */
import { createHash, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { interceptLocalhostDns } from 'fauxqs';
import { SqsPoller } from '../shared/adapters/aws/sqs-poller.ts';
import { signFeedbackRequest } from '../shared/channels/signing.ts';
import { startDynamoDbLocal, startSqs } from '../test/support/emulators.ts';
import { createTestTable } from '../test/support/dynamodb.ts';
import { createTestQueue } from '../test/support/sqs.ts';
import { httpEvent } from '../test/support/http-event.ts';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
type HttpResult = { statusCode: number; body: string };

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '10' },
    max: { type: 'string', default: '5000' },
    customers: { type: 'string', default: '150' },
    poison: { type: 'string', default: '3' },
    pollers: { type: 'string', default: '4' },
  },
});
const SECONDS = Math.min(Number(values.seconds), 1_800);
const RATE = Math.min(Number(values.rate), 2_000);
const MAX = Math.min(Number(values.max), 100_000);
const CUSTOMERS = Number(values.customers);
const POISON = Number(values.poison);
/** Like Lambda's event source mapping, which starts several pollers on one queue. */
const POLLERS = Math.min(Number(values.pollers), 16);
/** Draining ends when everything is in, or when nothing new has landed for this long. */
const STALL_MS = 45_000;
const DRAIN_CAP_MS = 600_000;

const WECHAT_TOKEN = 'soak-wechat-token';
const TENCENT_SECRET = 'soak-tencent-secret';
const EMAIL_SECRET = 'soak-email-secret';
const API_KEY = 'soak-key';
const context = { functionName: 'soak', awsRequestId: 'soak', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

/** From a spread of addresses, as real senders come. */
function soakEvent(method: string, path: string, body: string | undefined, headers: Record<string, string> = {}, query = ''): APIGatewayProxyEventV2 {
  return httpEvent(method, path, body, headers, { query, sourceIp: `127.0.0.${1 + (Math.random() * 200) | 0}` });
}

/** One request of the mix: the token is written into the text so the item can be found later. */
interface Sent {
  token: string;
  identity: string;
  event: APIGatewayProxyEventV2;
}

function request(n: number): Sent {
  const token = `soak${n.toString(36)}x${randomUUID().slice(0, 8)}`;
  const customer = n % CUSTOMERS;
  const phone = `1380013${String(customer).padStart(4, '0')}`;
  const now = Math.floor(Date.now() / 1000);
  switch (n % 4) {
    case 0: {
      // The form names the email alone: with the phone that Tencent SMS verifies for the same customer
      // it would be a claim on another customer's verified identity, and by the identity rules (README,
      // "Identity and trust") go to a customer of its own with a merge suggestion, which a lookup by
      // identity cannot find: the soak counted those as lost (76 in a default run).
      const body = JSON.stringify({ message: `快递还没到，订单 ${token}`, email: `c${customer}@soak.example.com` });
      return { token, identity: `email:c${customer}@soak.example.com`, event: soakEvent('POST', '/webhooks/forms/soak', body, { 'content-type': 'application/json' }) };
    }
    case 1: {
      const openId = `oSoak${String(customer).padStart(23, '0')}`;
      const nonce = randomUUID();
      const signature = createHash('sha1').update([WECHAT_TOKEN, String(now), nonce].sort().join('')).digest('hex');
      const xml = `<xml><ToUserName><![CDATA[gh_soak]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[客服不回复 ${token}]]></Content><MsgId>${1e15 + n}</MsgId></xml>`;
      return { token, identity: `wechat:${openId}`, event: soakEvent('POST', '/webhooks/wechat', xml, { 'content-type': 'text/xml' }, `signature=${signature}&timestamp=${now}&nonce=${nonce}&openid=${openId}`) };
    }
    case 2: {
      const body = JSON.stringify({ extend: '', mobile: phone, nationcode: '86', sign: '腾讯云', text: `退款没到账 ${token}`, time: now });
      return { token, identity: `phone:+86${phone}`, event: soakEvent('POST', '/webhooks/sms/tencent', body, { 'content-type': 'application/json', ...signFeedbackRequest(TENCENT_SECRET, body) }) };
    }
    default: {
      const raw = `From: c${customer}@soak.example.com\r\nTo: support@soak.example.com\r\nSubject: soak\r\nMessage-ID: <${token}@soak.example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n东西坏了 ${token}\r\n`;
      return { token, identity: `email:c${customer}@soak.example.com`, event: soakEvent('POST', '/webhooks/email', raw, { 'content-type': 'message/rfc822', ...signFeedbackRequest(EMAIL_SECRET, raw) }) };
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN;
}

async function main(): Promise<number> {
  const [dynamo, sqs] = await Promise.all([startDynamoDbLocal(), startSqs()]);
  try {
    interceptLocalhostDns();
    const table = await createTestTable(dynamo.endpoint);
    const queue = await createTestQueue(sqs.endpoint, { visibilityTimeoutSeconds: 5, maxReceiveCount: 3 });
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      TABLE_NAME: table.tableName,
      QUEUE_URL: queue.queueUrl,
      FEEDBACK_API_KEYS: API_KEY,
      WECHAT_TOKEN,
      TENCENT_SMS_WEBHOOK_SECRET: TENCENT_SECRET,
      EMAIL_WEBHOOK_SECRET: EMAIL_SECRET,
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_NAMESPACE: 'soak',
      POWERTOOLS_DEV: 'true',
    });
    const { handler: ingest } = (await import('../functions/ingest.ts')) as unknown as { handler: HttpHandler };
    const { handler: processBatch } = (await import('../functions/process.ts')) as unknown as { handler: SqsHandler };
    const { handler: api } = (await import('../functions/api.ts')) as unknown as { handler: HttpHandler };

    const pollers = Array.from({ length: POLLERS }, () =>
      new SqsPoller({
        queueUrl: queue.queueUrl,
        client: queue.client,
        waitTimeSeconds: 1,
        handler: (messages) =>
          processBatch(
            { Records: messages.map((m) => ({ messageId: m.messageId, receiptHandle: m.messageId, body: m.body, attributes: {} as never, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:soak', awsRegion: 'us-east-1' })) },
            context,
          ),
      }).start(),
    );

    // Poison first, so its redeliveries happen during the run and it reaches the DLQ.
    for (let i = 0; i < POISON; i += 1) await queue.client.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: `{"poison":${i}}` }));
    let peakRss = process.memoryUsage().rss;
    const memory = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
    const accepted: Sent[] = [];
    const latencies: number[] = [];
    let refused = 0;
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    const inFlight = new Set<Promise<void>>();
    for (let n = 0; n < MAX && Date.now() < deadline; n += 1) {
      const due = started + (n * 1000) / RATE;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      const sent = request(n);
      const call = (async () => {
        const at = performance.now();
        const result = (await ingest(sent.event, context)) as HttpResult;
        latencies.push(performance.now() - at);
        if (result.statusCode >= 200 && result.statusCode < 300) accepted.push(sent);
        else refused += 1;
      })();
      inFlight.add(call);
      void call.finally(() => inFlight.delete(call));
    }
    await Promise.all(inFlight);
    const sendSeconds = (Date.now() - started) / 1000;

    // Account: each accepted token in exactly one timeline item of its customer.
    const identities = [...new Set(accepted.map((s) => s.identity))];
    const byToken = new Map<string, number>();
    const lags: number[] = [];
    const account = async () => {
      byToken.clear();
      lags.length = 0;
      // Identities of one person merge into one customer: read each customer's timeline once.
      const customers = new Set<string>();
      for (const identity of identities) {
        const found = (await api(soakEvent('GET', '/v1/customers', undefined, { authorization: `Bearer ${API_KEY}` }, `identity=${encodeURIComponent(identity)}`), context)) as HttpResult;
        if (found.statusCode === 200) customers.add((JSON.parse(found.body) as { customerId: string }).customerId);
      }
      for (const customerId of customers) {
        let cursor: string | undefined;
        do {
          const page = (await api(soakEvent('GET', `/v1/customers/${customerId}/timeline`, undefined, { authorization: `Bearer ${API_KEY}` }, `limit=100${cursor ? `&cursor=${cursor}` : ''}`), context)) as HttpResult;
          const body = JSON.parse(page.body) as { items: { text: string; receivedAt: string; processedAt: string }[]; nextCursor?: string };
          for (const item of body.items) {
            const token = /soak[0-9a-z]+x[0-9a-f]{8}/.exec(item.text)?.[0];
            if (token) byToken.set(token, (byToken.get(token) ?? 0) + 1);
            lags.push(Date.parse(item.processedAt) - Date.parse(item.receivedAt));
          }
          cursor = body.nextCursor;
        } while (cursor);
      }
    };
    const drainCap = Date.now() + DRAIN_CAP_MS;
    let settledAt = Date.now();
    let lastProgress = Date.now();
    let lastMissing = Infinity;
    for (;;) {
      await account();
      const missing = accepted.filter((s) => !byToken.has(s.token)).length;
      settledAt = Date.now();
      if (missing < lastMissing) lastProgress = Date.now();
      lastMissing = missing;
      if (missing === 0 || Date.now() - lastProgress > STALL_MS || Date.now() > drainCap) break;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
    // The poison needs its redeliveries (visibility 5 s × 3 receives) before SQS dead-letters it.
    const deadLetterDepth = async () =>
      Number((await queue.client.send(new GetQueueAttributesCommand({ QueueUrl: queue.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }))).Attributes?.['ApproximateNumberOfMessages'] ?? 0);
    const poisonDeadline = Date.now() + 45_000;
    while ((await deadLetterDepth()) < POISON && Date.now() < poisonDeadline) await new Promise((resolve) => setTimeout(resolve, 1_000));
    await Promise.all(pollers.map((poller) => poller.stop()));
    clearInterval(memory);
    const dead = await queue.client.send(new ReceiveMessageCommand({ QueueUrl: queue.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const deadLetters = (dead.Messages ?? []).map((m) => m.Body ?? '');

    const lost = accepted.filter((s) => !byToken.has(s.token)).length;
    const duplicated = accepted.filter((s) => (byToken.get(s.token) ?? 0) > 1).length;
    const sortedLatency = [...latencies].sort((a, b) => a - b);
    const sortedLag = [...lags].sort((a, b) => a - b);
    const endToEnd = (settledAt - started) / 1000;
    console.log(`soak: ${accepted.length} accepted, ${refused} refused in ${sendSeconds.toFixed(1)} s (target ${RATE}/s for ${SECONDS} s, at most ${MAX})`);
    console.log(`  sustained ingest rate   ${(accepted.length / sendSeconds).toFixed(1)} req/s`);
    console.log(`  ingest latency          p50 ${percentile(sortedLatency, 0.5).toFixed(1)} ms, p99 ${percentile(sortedLatency, 0.99).toFixed(1)} ms`);
    console.log(`  end-to-end lag          p50 ${percentile(sortedLag, 0.5)} ms, p99 ${percentile(sortedLag, 0.99)} ms (processedAt − receivedAt); all in the timeline ${endToEnd.toFixed(1)} s after the first request`);
    console.log(`  processed rate          ${(accepted.length / endToEnd).toFixed(1)} events/s end to end`);
    console.log(`  peak RSS                ${(peakRss / 2 ** 20).toFixed(0)} MiB (this process: handlers, SDK clients, fauxqs)`);
    console.log(`  dead letters            ${deadLetters.length} (poison messages injected: ${POISON}; all poison: ${deadLetters.every((b) => b.startsWith('{"poison"'))})`);
    console.log(`  lost                    ${lost}`);
    console.log(`  duplicated              ${duplicated}`);
    return lost === 0 && duplicated === 0 && deadLetters.length === POISON ? 0 : 1;
  } finally {
    await Promise.all([dynamo.stop(), sqs.stop()]);
  }
}

process.exitCode = await main();
