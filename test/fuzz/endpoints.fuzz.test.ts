/**
 * Property-based fuzzing of every endpoint through the real apps (fast-check): whatever arrives,
 * the answer is a success or a 4xx with `{"error":{"code","message"}}`, never a 5xx, and a refused
 * request queues nothing. The "large" properties build inputs of 100 KB–1 MB from fragments
 * that drive regexes and parsers hardest; the test timeouts catch super-linear behaviour.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../shared/adapters/local/local-store.ts';
import { createApiApp } from '../../shared/api/app.ts';
import { configuredKeys, staticKeyRing } from '../../shared/keys/keys.ts';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { loadConfig } from '../../shared/config.ts';
import { FeedbackEvent } from '../../shared/event.ts';
import { createIngestApp } from '../../shared/ingest/app.ts';
import { findUnstorableText } from '../../shared/text.ts';
import { oneClient } from '../support/one-client.ts';
import { CapturingQueue } from '../support/capturing-queue.ts';
import { FIXED_NOW, sharedLedger } from '../channels/support.ts';
import { NOW_TIMESTAMP, TOKEN, sha1Sorted } from '../channels/wechat/wechat-support.ts';
import { AUTH_TOKEN, PUBLIC_URL, signedRequest } from '../channels/twilio-sms/twilio-support.ts';

const SECRET = 'fuzz-secret';
const config = loadConfig({
  WECHAT_TOKEN: TOKEN,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  PUBLIC_BASE_URL: 'https://feedback.example.com',
  TENCENT_SMS_WEBHOOK_SECRET: SECRET,
  EMAIL_WEBHOOK_SECRET: SECRET,
  RATE_LIMIT_PER_MINUTE: '1000000',
});

function ingest() {
  const queue = new CapturingQueue();
  return { queue, app: createIngestApp({ signatureUses: sharedLedger, config, queue, clock: { now: () => FIXED_NOW }, connInfo: oneClient }) };
}

/** The property every endpoint holds, checked on one response. */
async function expectSuccessOrClientError(response: Response, queue?: CapturingQueue, queuedBefore = 0): Promise<void> {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    expect(await response.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    if (queue) expect(queue.events.length).toBe(queuedBefore);
  }
  for (const event of queue?.events ?? []) {
    FeedbackEvent.parse(event);
    expect(findUnstorableText(event)).toBeUndefined();
  }
}

/** Strings a JSON client can send but that are not text: unpaired surrogates and NUL, among letters. */
const notQuiteText = fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\ud83d\ude00', '\u0000', 'a', '快'), minLength: 1, maxLength: 20 });

/** Fragments that exercise markers, escapes, quoting and Unicode edge cases. */
const hostileFragment = fc.constantFrom('<', '>', '@', '&', ';', '"', "'", '\\', ':', '：', '-', '_', '=', '*', ' ', '\t', '\n', '\r\n', '\u0000', '\u200b', '\u202e', '\ud83d\ude00', '写道', 'wrote:', 'From:', '<![CDATA[', ']]>', '<!--', '-->', '&amp;', '&#0;', '%', '+', '{', '}', '[', ']', ',');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const hostileText = (minLength: number, maxLength: number) =>
  fc.tuple(fc.array(hostileFragment, { minLength: 1, maxLength: 30 }), fc.integer({ min: minLength, max: maxLength })).map(([parts, length]) => {
    const unit = parts.join('');
    // A cut through a surrogate pair would leave text no client could send.
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length).replace(LONE_SURROGATE, '');
  });

describe('every endpoint under generated input', { timeout: 60_000 }, () => {
  it('web forms: any JSON or urlencoded body', async () => {
    const field = fc.constantFrom('message', 'email', 'phone', 'customerId', 'rating', 'nps', 'name', 'subject', 'orderId', 'submissionId', 'website', '__proto__', 'constructor');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null), hostileText(1, 300), notQuiteText)), fc.boolean(), async (body, asJson) => {
        const { app, queue } = ingest();
        const response = await app.request('/webhooks/forms/fuzz', {
          method: 'POST',
          headers: { 'content-type': asJson ? 'application/json' : 'application/x-www-form-urlencoded' },
          body: asJson ? JSON.stringify(body) : new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString(),
        });
        await expectSuccessOrClientError(response, queue);
      }),
      { numRuns: 400 },
    );
  });

  it('signed Tencent SMS and email posts: any body under a valid signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/webhooks/sms/tencent', '/webhooks/email'), fc.oneof(fc.json(), hostileText(1, 2_000), fc.string({ maxLength: 2_000 })), async (path, body) => {
        const { app, queue } = ingest();
        const headers = { 'content-type': path.endsWith('email') ? 'message/rfc822' : 'application/json', ...signFeedbackRequest(SECRET, body, FIXED_NOW) };
        await expectSuccessOrClientError(await app.request(path, { method: 'POST', headers, body }), queue);
      }),
      { numRuns: 400 },
    );
  });

  it('signed WeChat and Twilio posts: any body under a valid signature', async () => {
    let nonce = 0;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), hostileText(1, 3_000), async (wechat, body) => {
        const { app, queue } = ingest();
        if (wechat) {
          nonce += 1;
          const query = new URLSearchParams({ timestamp: NOW_TIMESTAMP, nonce: `fuzz${nonce}`, signature: sha1Sorted(TOKEN, NOW_TIMESTAMP, `fuzz${nonce}`) });
          await expectSuccessOrClientError(await app.request(`/webhooks/wechat?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body }), queue);
        } else {
          const request = signedRequest(`From=%2B8613800138000&Body=${encodeURIComponent(body)}&MessageSid=SM${nonce}`);
          await expectSuccessOrClientError(await app.request(PUBLIC_URL.replace('https://feedback.example.com', ''), { method: 'POST', headers: request.headers, body: await request.text() }), queue);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the timeline API: any method, path and query', async () => {
    const store = new LocalStore();
    const app = createApiApp({ config, store, keyRing: staticKeyRing(configuredKeys(['fuzz-key'])) });
    const segment = fc.oneof(fc.constantFrom('v1', 'customers', 'feedback', 'timeline', 'cus_0123456789abcdefghjkmnpqrs', 'fb_0123456789abcdefghjkmnpqrs', '..', '%2e%2e', ''), fc.string({ maxLength: 40 }));
    const query = fc.dictionary(fc.constantFrom('identity', 'cursor', 'limit', 'status', 'x'), fc.oneof(fc.string({ maxLength: 300 }), hostileText(1, 400)));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'), fc.array(segment, { maxLength: 5 }), query, fc.option(fc.json()), async (method, segments, params, body) => {
        const path = `/${segments.map(encodeURIComponent).join('/')}?${new URLSearchParams(params)}`;
        const init: RequestInit = { method, headers: { authorization: 'Bearer fuzz-key', 'content-type': 'application/json' } };
        if (body !== null && method !== 'GET') init.body = body;
        await expectSuccessOrClientError(await app.request(path, init));
      }),
      { numRuns: 500 },
    );
  });

  it('large hostile bodies (100 KB–1 MB) on every webhook answer promptly', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('forms', 'tencent', 'email', 'wechat'), hostileText(100_000, 1_000_000), async (channel, text) => {
        const { app, queue } = ingest();
        let response: Response;
        if (channel === 'forms') {
          response = await app.request('/webhooks/forms/fuzz', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: text.slice(0, 9_000), subject: text, email: text }) });
        } else if (channel === 'wechat') {
          const query = new URLSearchParams({ timestamp: NOW_TIMESTAMP, nonce: `big${text.length}`, signature: sha1Sorted(TOKEN, NOW_TIMESTAMP, `big${text.length}`) });
          response = await app.request(`/webhooks/wechat?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: `<xml><Content><![CDATA[${text}]]></Content></xml>` });
        } else {
          const body = channel === 'email' ? `From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}` : JSON.stringify({ mobile: '13800138000', nationcode: '86', text, time: 1 });
          const headers = { 'content-type': channel === 'email' ? 'message/rfc822' : 'application/json', ...signFeedbackRequest(SECRET, body, FIXED_NOW) };
          response = await app.request(channel === 'email' ? '/webhooks/email' : '/webhooks/sms/tencent', { method: 'POST', headers, body });
        }
        await expectSuccessOrClientError(response, queue);
      }),
      { numRuns: 24 },
    );
  });
});
