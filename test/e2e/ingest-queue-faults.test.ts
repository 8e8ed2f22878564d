/**
 * Every channel's webhook through the real ingest Lambda handler while SQS is unreachable, failing, or
 * takes the SendMessageBatch and loses its answer: a provider must never get a 2xx for a message
 * that was not queued, gets a status it retries on with a machine-readable body, and its retry
 * once SQS is back queues the same feedbackId as any copy that landed.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyResultV2, Context } from 'aws-lambda';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { faultyProxy, type ProxyFault } from '../support/faulty-proxy.ts';
import { httpEvent } from '../support/http-event.ts';
import { useEmulatedAws } from '../support/emulated-aws.ts';
import { sqsClient } from '../support/sqs.ts';
import { sha1Sorted } from '../channels/wechat/wechat-support.ts';
import { readFileSync } from 'node:fs';

const context = { functionName: 'ingest', awsRequestId: 'req', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const fixture = (path: string) => readFileSync(new URL(`../channels/${path}`, import.meta.url), 'utf8');
const SECRET = 'queue-faults-secret';
const WECHAT_TOKEN = 'queue-faults-token';
const TWILIO_TOKEN = '12345678901234567890123456789012';
const BASE = 'https://feedback.example.com';

let ingest: (event: ReturnType<typeof httpEvent>, context: Context) => Promise<APIGatewayProxyResultV2 & { statusCode: number; body: string; headers: Record<string, string> }>;
let realQueueUrl = '';
let proxy: Awaited<ReturnType<typeof faultyProxy>>;

beforeAll(async () => {
  await useEmulatedAws({
    LOG_LEVEL: 'SILENT',
    PUBLIC_BASE_URL: BASE,
    DEFAULT_PHONE_REGION: 'CN',
    EMAIL_WEBHOOK_SECRET: SECRET,
    TENCENT_SMS_WEBHOOK_SECRET: SECRET,
    WECHAT_TOKEN,
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
  });
  // The SQS client sends to the queue URL's host, so the URL names the proxy.
  const queueUrl = new URL(process.env['QUEUE_URL']!);
  // ...and the emulator knows the queue by its own URL.
  proxy = await faultyProxy(inject('sqsEndpoint'), (body) => body.replaceAll(proxy.endpoint, queueUrl.origin));
  process.env['AWS_ENDPOINT_URL_SQS'] = proxy.endpoint;
  process.env['QUEUE_URL'] = `${proxy.endpoint}${queueUrl.pathname}`;
  realQueueUrl = queueUrl.toString();
  ({ handler: ingest } = (await import('../../functions/ingest.ts')) as never);
});
afterAll(() => proxy.close());

/** WeChat stops waiting after 5 s; the others wait longer, but a later answer reaches nobody there. */
const PROVIDER_PATIENCE_MS = 5_000;

/** One request per channel, as its provider sends it (signed now), built afresh for each attempt as a provider's retry is. */
const requests: Record<string, () => ReturnType<typeof httpEvent>> = {
  forms: () =>
    httpEvent('POST', '/webhooks/forms/contact', JSON.stringify({ message: '快递三天还没到', email: 'queue-faults@example.com' }), {
      'content-type': 'application/json',
      'idempotency-key': 'queue-faults-form-1',
    }),
  wechat: () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = '1514711492';
    const query = new URLSearchParams({ signature: sha1Sorted(WECHAT_TOKEN, timestamp, nonce), timestamp, nonce, openid: 'oXdd35Fh8cg8FJyThL0ODDYhAVOI' });
    return httpEvent('POST', '/webhooks/wechat', fixture('wechat/fixtures/text.xml'), { 'content-type': 'text/xml' }, { query: query.toString() });
  },
  twilio: () => {
    const body = fixture('twilio-sms/fixtures/inbound-sms.form');
    const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, `${BASE}/webhooks/sms/twilio`, Object.fromEntries(new URLSearchParams(body)));
    return httpEvent('POST', '/webhooks/sms/twilio', body, { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature });
  },
  tencent: () => {
    const body = fixture('tencent-sms/fixtures/reply.json');
    return httpEvent('POST', '/webhooks/sms/tencent', body, { 'content-type': 'application/json', ...signFeedbackRequest(SECRET, new TextEncoder().encode(body), new Date()) });
  },
  email: () => {
    const body = fixture('email/fixtures/gbk-163-reply.eml');
    return httpEvent('POST', '/webhooks/email', body, { 'content-type': 'message/rfc822', ...signFeedbackRequest(SECRET, new TextEncoder().encode(body), new Date()) });
  },
};

async function queuedFeedbackIds(): Promise<string[]> {
  const client = sqsClient(inject('sqsEndpoint'));
  const ids: string[] = [];
  for (;;) {
    const { Messages = [] } = await client.send(new ReceiveMessageCommand({ QueueUrl: realQueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60, WaitTimeSeconds: 0 }));
    if (Messages.length === 0) return ids;
    ids.push(...Messages.map((m) => (JSON.parse(m.Body ?? '{}') as { feedbackId: string }).feedbackId));
    await client.send(new DeleteMessageBatchCommand({ QueueUrl: realQueueUrl, Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })) }));
  }
}

describe('ingest with SQS failing', { timeout: 120_000 }, () => {
  for (const fault of ['reset', 'unavailable', 'answer lost', 'hang'] as ProxyFault[]) {
    it(`every channel while SQS is "${fault}": no 2xx, a retryable JSON answer, and the retry queues one feedbackId`, async () => {
      const findings: string[] = [];
      for (const [channel, request] of Object.entries(requests)) {
        proxy.set(fault);
        const started = Date.now();
        const failed = await ingest(request(), context);
        const took = Date.now() - started;
        const landed = proxy.landed;
        proxy.set('pass');
        const retried = await ingest(request(), context);
        const ids = await queuedFeedbackIds();
        const summary = `${channel} ${fault}: ${failed.statusCode} ${failed.headers?.['content-type']} ${failed.body.slice(0, 120)} in ${took} ms, landed ${landed}; retry ${retried.statusCode}; queued ${JSON.stringify(ids)}`;
        if (failed.statusCode < 500) findings.push(`${summary}: answered ${failed.statusCode}`);
        if (!/^application\/json/.test(failed.headers?.['content-type'] ?? '') || !(JSON.parse(failed.body) as { error?: { code?: string } }).error?.code) findings.push(`${summary}: not a JSON error`);
        if (failed.headers?.['retry-after'] !== '1') findings.push(`${summary}: no Retry-After`);
        if (took >= PROVIDER_PATIENCE_MS) findings.push(`${summary}: took ${took} ms`);
        if (retried.statusCode >= 300) findings.push(`${summary}: retry answered ${retried.statusCode}`);
        if (new Set(ids).size !== 1) findings.push(`${summary}: ${new Set(ids).size} feedbackIds queued`);
      }
      expect(findings.join('\n')).toBe('');
    });
  }
});
