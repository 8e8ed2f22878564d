import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../../shared/channels/signing.ts';
import { tencentSmsChannel } from '../../../shared/channels/tencent-sms/index.ts';
import { FeedbackEvent } from '../../../shared/event.ts';
import { normalisePhone } from '../../../shared/identity/normalise.ts';
import { expectAcceptedOrRefused } from '../fuzz-support.ts';
import { FIXED_NOW, callPlugin, channelErrorOf, testConfig } from '../support.ts';

const SECRET = 'tencent-relay-secret';
const URL = 'https://feedback.example.com/webhooks/sms/tencent';
const config = testConfig({ TENCENT_SMS_WEBHOOK_SECRET: SECRET });
const fixture = (name: string) => readFileSync(new globalThis.URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function signed(body: string | Uint8Array, secret = SECRET, at = FIXED_NOW): Request {
  return new Request(URL, { method: 'POST', headers: { 'content-type': 'application/json', ...signFeedbackRequest(secret, body, at) }, body });
}
const post = (request: Request) => callPlugin(tencentSmsChannel, request, config);

describe('Tencent Cloud SMS reply callback', () => {
  it('normalises a signed callback and answers with the JSON Tencent expects', async () => {
    const outcome = await post(signed(fixture('reply.json')));
    expect(await outcome.response.json()).toEqual({ result: 0, errmsg: 'OK' });
    const event = FeedbackEvent.parse(outcome.events[0]);
    expect(event).toMatchObject({
      channel: 'sms',
      source: 'tencent-sms',
      kind: 'message',
      text: '退订。你们的客服电话一直打不通',
      identities: ['phone:+8613800138000'],
      metadata: { smsSign: '腾讯云', sentAt: '2016-03-07T07:47:49.000Z' },
    });
  });

  it('accepts a batch of replies', async () => {
    const batch = `[${fixture('reply.json')},${fixture('reply-with-extend.json')}]`;
    const outcome = await post(signed(batch));
    expect(outcome.events.map((event) => event.identities[0])).toEqual(['phone:+8613800138000', 'phone:+8613912345678']);
    expect(outcome.events[1]?.metadata).toMatchObject({ extend: '01' });
  });

  it('derives the same feedbackId for a redelivery and different ones for different replies', async () => {
    const first = await post(signed(fixture('reply.json')));
    const retry = await post(signed(JSON.stringify(JSON.parse(fixture('reply.json'))), SECRET, new Date(FIXED_NOW.getTime() + 60_000)));
    const otherText = await post(signed(fixture('reply.json').replace('退订。', '')));
    const otherTime = await post(signed(fixture('reply.json').replace('1457336869', '1457336870')));
    expect(retry.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);
    expect(new Set([first, otherText, otherTime].map((o) => o.events[0]?.feedbackId)).size).toBe(3);
  });

  it('refuses a reply dated more than 300 s ahead, and takes one exactly 300 s ahead', async () => {
    const nowSeconds = Math.floor(FIXED_NOW.getTime() / 1000);
    const at = (offset: number) => fixture('reply.json').replace('1457336869', String(nowSeconds + offset));
    const error = await channelErrorOf(post(signed(at(301))));
    expect([error.status, error.code]).toEqual([400, 'invalid_message']);
    expect((await post(signed(at(300)))).events).toHaveLength(1);
  });

  it('refuses a signature timestamp 301 s ahead even when the clock is late in its second', async () => {
    const lateInSecond = new Date(FIXED_NOW.getTime() + 999);
    const ahead = new Date(FIXED_NOW.getTime() + 301_000);
    const request = signed(fixture('reply.json'), SECRET, ahead);
    const error = await channelErrorOf(callPlugin(tencentSmsChannel, request, config, { now: lateInSecond }));
    expect(error.code).toBe('stale_timestamp');
  });

  it('gives the same phone identity as a web form that typed the number without a country code', async () => {
    const [event] = (await post(signed(fixture('reply.json')))).events;
    expect(event?.identities).toEqual([`phone:${normalisePhone('138 0013 8000', 'CN')}`]);
  });

  it.each([
    ['an unsigned request', () => new Request(URL, { method: 'POST', body: fixture('reply.json') })],
    ['another secret', () => signed(fixture('reply.json'), 'guess')],
    ['an old signature', () => signed(fixture('reply.json'), SECRET, new Date(FIXED_NOW.getTime() - 600_000))],
    ['a body changed after signing', () => {
      const request = signed(fixture('reply.json'));
      return new Request(URL, { method: 'POST', headers: request.headers, body: fixture('reply-with-extend.json') });
    }],
  ])('refuses %s with 401', async (_label, request) => {
    expect((await channelErrorOf(post(request()))).status).toBe(401);
  });

  it('answers 503 when TENCENT_SMS_WEBHOOK_SECRET is unset, 400 for other JSON', async () => {
    const unconfigured = await channelErrorOf(callPlugin(tencentSmsChannel, signed(fixture('reply.json')), testConfig()));
    expect([unconfigured.status, unconfigured.code]).toEqual([503, 'channel_not_configured']);
    const wrongShape = await channelErrorOf(post(signed('{"mobile":"13800138000"}')));
    expect([wrongShape.status, wrongShape.code]).toEqual([400, 'invalid_message']);
  });

  it('refuses a correctly signed callback that is not application/json (UTF-8) with 415, queueing nothing; an unsigned one of any type is a 401', async () => {
    const body = fixture('reply.json');
    const typed = (contentType: string | undefined, headers: Record<string, string> = signFeedbackRequest(SECRET, body, FIXED_NOW)) =>
      new Request(URL, { method: 'POST', headers: { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers }, body });
    for (const contentType of ['text/plain', undefined, 'application/x-www-form-urlencoded', 'application/json; charset=gbk', 'application/jsonp']) {
      const refused = await channelErrorOf(post(typed(contentType)));
      expect([refused.status, refused.code], String(contentType)).toEqual([415, contentType?.includes('charset') ? 'unsupported_charset' : 'unsupported_media_type']);
    }
    for (const contentType of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
      expect((await post(typed(contentType))).events, contentType).toHaveLength(1);
    }
    expect((await channelErrorOf(post(typed('text/plain', {})))).status).toBe(401);
  });

  it('refuses with 422 a nationcode no country has, rather than failing', async () => {
    for (const nationcode of ['0', '999', 0]) {
      const error = await channelErrorOf(post(signed(JSON.stringify({ ...JSON.parse(fixture('reply.json')), nationcode, mobile: '100' }))));
      expect([error.status, error.code]).toEqual([422, 'invalid_sender']);
    }
  });

  it('survives arbitrary signed JSON and random bytes', async () => {
    const reply = fc.record({
      extend: fc.option(fc.string({ maxLength: 10 })),
      mobile: fc.oneof(fc.string({ maxLength: 25 }), fc.constant('13800138000'), fc.integer()),
      nationcode: fc.oneof(fc.string({ maxLength: 5 }), fc.constant('86'), fc.integer()),
      sign: fc.string({ maxLength: 20 }),
      text: fc.string({ maxLength: 500 }),
      time: fc.oneof(fc.integer(), fc.string(), fc.double()),
    }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.oneof(reply, fc.array(reply, { maxLength: 3 }), fc.jsonValue()), async (value) => {
        await expectAcceptedOrRefused(post(signed(JSON.stringify(value) ?? 'null')));
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await expectAcceptedOrRefused(post(signed(bytes)));
      }),
      { numRuns: 200 },
    );
  });
});
