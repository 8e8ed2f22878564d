import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioSmsChannel } from '../../../shared/channels/twilio-sms/index.ts';
import { FeedbackEvent } from '../../../shared/event.ts';
import { expectAcceptedOrRefused } from '../fuzz-support.ts';
import { callPlugin, channelErrorOf, testConfig } from '../support.ts';
import { AUTH_TOKEN, PUBLIC_URL, fixture, formParams, signedRequest } from './twilio-support.ts';

const config = testConfig({ TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_BASE_URL: 'https://feedback.example.com' });
const post = (request: Request, publicUrl = PUBLIC_URL) => callPlugin(twilioSmsChannel, request, config, { publicUrl });

describe('Twilio inbound SMS', () => {
  it('accepts a request signed by Twilio’s helper and answers empty TwiML', async () => {
    const body = fixture('inbound-sms.form');
    expect(twilio.validateRequest(AUTH_TOKEN, signedRequest(body).headers.get('x-twilio-signature')!, PUBLIC_URL, formParams(body))).toBe(true);
    const outcome = await post(signedRequest(body));
    expect(outcome.response.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await outcome.response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    const event = FeedbackEvent.parse(outcome.events[0]);
    expect(event).toMatchObject({
      channel: 'sms',
      source: 'twilio',
      kind: 'message',
      text: '快递太慢了，请尽快处理',
      identities: ['phone:+8613800138000'],
      verifiedIdentities: ['phone:+8613800138000'],
      metadata: { messageSid: 'SM2b8b2d3f0c2f4b1e9a6d7c5e4f3a2b1c', to: '+14155238886' },
    });
  });

  it('lists MMS media in metadata', async () => {
    const [event] = (await post(signedRequest(fixture('inbound-mms.form')))).events;
    expect(event?.identities).toEqual(['phone:+14155550100']);
    expect(event?.metadata).toMatchObject({ numMedia: 1, mediaContentType0: 'image/jpeg' });
    expect(String(event?.metadata['mediaUrl0'])).toMatch(/^https:\/\/api\.twilio\.com\//);
  });

  it('maps a redelivery of the same MessageSid to the same feedbackId', async () => {
    const first = await post(signedRequest(fixture('inbound-sms.form')));
    const retry = await post(signedRequest(fixture('inbound-sms.form')));
    const other = await post(signedRequest(fixture('inbound-mms.form')));
    expect(retry.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);
    expect(other.events[0]?.feedbackId).not.toBe(first.events[0]?.feedbackId);
  });

  it('signs the URL with its query string, and tolerates an added default port', async () => {
    const urlWithQuery = `${PUBLIC_URL}?tenant=acme`;
    await expect(post(signedRequest(fixture('inbound-sms.form'), { url: urlWithQuery }), urlWithQuery)).resolves.toBeDefined();
    const signedWithPort = signedRequest(fixture('inbound-sms.form'), { url: 'https://feedback.example.com:443/webhooks/sms/twilio' });
    await expect(post(signedWithPort)).resolves.toBeDefined();
  });

  it.each([
    ['no signature', () => signedRequest(fixture('inbound-sms.form'), { signature: null })],
    ['another auth token', () => signedRequest(fixture('inbound-sms.form'), { token: 'f'.repeat(32) })],
    ['another URL', () => signedRequest(fixture('inbound-sms.form'), { url: 'https://attacker.example.com/webhooks/sms/twilio' })],
    ['a changed body', () => {
      const signature = signedRequest(fixture('inbound-sms.form')).headers.get('x-twilio-signature');
      return signedRequest(fixture('inbound-sms.form').replace('Body=', 'Body=forged'), { signature });
    }],
  ])('refuses %s with 401', async (_label, request) => {
    const error = await channelErrorOf(post(request()));
    expect(error.status).toBe(401);
  });

  it('answers 503 without TWILIO_AUTH_TOKEN, 401 for an unsigned JSON body and 415 for a signed one', async () => {
    const unconfigured = await channelErrorOf(callPlugin(twilioSmsChannel, signedRequest(fixture('inbound-sms.form')), testConfig()));
    expect([unconfigured.status, unconfigured.code]).toEqual([503, 'channel_not_configured']);
    const json = new Request(PUBLIC_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await channelErrorOf(post(json))).status).toBe(401);
    const signedJson = new Request(PUBLIC_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twilio-signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_URL, formParams('{}')) },
      body: '{}',
    });
    expect((await channelErrorOf(post(signedJson))).status).toBe(415);
  });

  it('answers an unsigned request 401 whatever its body: the signature is checked before the body is read', async () => {
    const gbk = Uint8Array.from([...Buffer.from('{"Body":"'), 0xbf, 0xec, 0xb5, 0xdd, ...Buffer.from('"}')]);
    for (const [contentType, body] of [['application/json', gbk], ['application/x-www-form-urlencoded', Uint8Array.from([...Buffer.from('Body=%BF%EC'), 0xff])]] as const) {
      const error = await channelErrorOf(post(new Request(PUBLIC_URL, { method: 'POST', headers: { 'content-type': contentType }, body })));
      expect([error.status, error.code]).toEqual([401, 'missing_signature']);
    }
  });

  it('answers a forged request 401 whatever its body: bytes that are not UTF-8 carry no Twilio signature (was 400 invalid_encoding)', async () => {
    const forgedSignature = signedRequest(fixture('inbound-sms.form')).headers.get('x-twilio-signature');
    for (const body of [Uint8Array.from([...Buffer.from('Body=%BF%EC'), 0xff]), Buffer.from('MessageSid=SM1&Body=%ED%A0%80')]) {
      const request = new Request(PUBLIC_URL, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': forgedSignature! }, body });
      const error = await channelErrorOf(post(request));
      expect([error.status, error.code]).toEqual([401, 'bad_signature']);
    }
  });

  it('acknowledges a signed status callback without queueing it as feedback', async () => {
    const callback = 'SmsSid=SM2b8b2d3f0c2f4b1e9a6d7c5e4f3a2b1c&SmsStatus=delivered&MessageStatus=delivered&To=%2B8613800138000&MessageSid=SM2b8b2d3f0c2f4b1e9a6d7c5e4f3a2b1c&AccountSid=AC0123456789abcdef0123456789abcdef&From=%2B14155238886&ApiVersion=2010-04-01';
    const outcome = await post(signedRequest(callback));
    expect(outcome.events).toEqual([]);
    expect(outcome.response.status).toBe(200);
  });

  it('acknowledges a message with no text and no media without queueing an empty item; a picture without text is kept', async () => {
    for (const body of ['Body=', 'Body=%20%0A%E3%80%80']) {
      const outcome = await post(signedRequest(fixture('inbound-sms.form').replace(/Body=[^&]*/, body)));
      expect([outcome.response.status, await outcome.response.text(), outcome.events]).toEqual([200, '<?xml version="1.0" encoding="UTF-8"?><Response/>', []]);
    }
    const withoutBody = await post(signedRequest(fixture('inbound-sms.form').replace(/&Body=[^&]*/, '')));
    expect(withoutBody.events).toEqual([]);
    const [picture] = (await post(signedRequest(fixture('inbound-mms.form').replace(/Body=[^&]*/, 'Body=')))).events;
    expect(picture).toMatchObject({ text: '', metadata: { numMedia: 1 } });
  });

  it('truncates a huge Body so the event still fits one SQS message', async () => {
    const body = fixture('inbound-sms.form').replace(/Body=[^&]*/, `Body=${encodeURIComponent('慢'.repeat(200_000))}`);
    const event = FeedbackEvent.parse((await post(signedRequest(body))).events[0]);
    expect(event.text.slice(-60)).toMatch(/truncated: showing \d+ of 200000 characters\]$/);
    expect(Buffer.byteLength(JSON.stringify(event))).toBeLessThan(256 * 1024);
  });

  it('keeps an E.164 sender libphonenumber does not know, such as Twilio’s documentation number', async () => {
    const body = fixture('inbound-sms.form').replace('From=%2B8613800138000', 'From=%2B15558675310');
    const [event] = (await post(signedRequest(body))).events;
    expect(event?.identities).toEqual(['phone:+15558675310']);
  });

  it('refuses a correctly signed request whose From is not a phone number with 422', async () => {
    const body = fixture('inbound-sms.form').replace('From=%2B8613800138000', 'From=not-a-number');
    expect((await channelErrorOf(post(signedRequest(body)))).status).toBe(422);
  });

  it('survives arbitrary signed parameters and random bytes', async () => {
    const params = fc.dictionary(
      fc.oneof(fc.constantFrom('MessageSid', 'From', 'Body', 'NumMedia', 'MediaUrl0', 'To'), fc.string({ maxLength: 20 })),
      fc.oneof(fc.string({ maxLength: 300 }), fc.constant('SM2b8b2d3f0c2f4b1e9a6d7c5e4f3a2b1c'), fc.constant('+8613800138000')),
    );
    await fc.assert(
      fc.asyncProperty(params, async (record) => {
        await expectAcceptedOrRefused(post(signedRequest(new URLSearchParams(record).toString())));
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const request = new Request(PUBLIC_URL, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'x' }, body: bytes });
        await expectAcceptedOrRefused(post(request));
      }),
      { numRuns: 200 },
    );
  });
});
