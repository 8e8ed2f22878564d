import { describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { FIXED_NOW, ingestHarness } from './support.ts';
import { AUTH_TOKEN, fixture, signedRequest } from './twilio-sms/twilio-support.ts';

const twilioEnv = { TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_BASE_URL: 'https://feedback.example.com' };
const TENCENT_SECRET = 'tencent-relay-secret';
const toLocal = (request: Request) => new Request(request.url.replace('https://feedback.example.com', 'http://localhost'), request);

/** Twilio's inbound-message parameters with another Body (and, with Advanced Opt-Out, OptOutType). */
function twilioBody(body: string, extra: Record<string, string> = {}, sid = 'SM2b8b2d3f0c2f4b1e9a6d7c5e4f3a2b1c'): string {
  const params = new URLSearchParams(fixture('inbound-sms.form'));
  params.set('Body', body);
  for (const name of ['MessageSid', 'SmsMessageSid', 'SmsSid']) params.set(name, sid);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

async function viaTwilio(body: string) {
  const { app, queue } = ingestHarness(twilioEnv);
  const response = await app.request(toLocal(signedRequest(body)));
  expect([response.status, await response.text()]).toEqual([200, '<?xml version="1.0" encoding="UTF-8"?><Response/>']);
  return queue.sent;
}

async function viaTencent(text: string) {
  const { app, queue } = ingestHarness({ TENCENT_SMS_WEBHOOK_SECRET: TENCENT_SECRET });
  const body = JSON.stringify({ extend: '', mobile: '13800138000', nationcode: '86', sign: '腾讯云', text, time: 1772352000 });
  const request = new Request('http://localhost/webhooks/sms/tencent', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signFeedbackRequest(TENCENT_SECRET, body, FIXED_NOW) },
    body,
  });
  const response = await app.request(request);
  expect([response.status, await response.json()]).toEqual([200, { result: 0, errmsg: 'OK' }]);
  return queue.sent;
}

describe('SMS opt-out and help keywords are interactions, not feedback', () => {
  const twilioKeywords = [
    ['STOP', {}, 'opt_out'],
    ['unsubscribe', {}, 'opt_out'],
    [' Stop. ', {}, 'opt_out'],
    ['START', {}, 'opt_in'],
    ['HELP', {}, 'help'],
    ['退订', {}, 'opt_out'],
    // Advanced Opt-Out's own word for it, whatever the customer's keyword was.
    ['ARRET', { OptOutType: 'STOP' }, 'opt_out'],
    ['Yes', { OptOutType: 'START' }, 'opt_in'],
  ] as const;
  for (const [body, extra, keyword] of twilioKeywords) {
    it(`Twilio ${JSON.stringify(body)} ${JSON.stringify(extra)}: acknowledged, queued as an interaction (${keyword}) from the verified number`, async () => {
      const [event, ...rest] = await viaTwilio(twilioBody(body, extra));
      expect(rest).toEqual([]);
      expect(event).toMatchObject({ kind: 'interaction', text: body, verifiedIdentities: ['phone:+8613800138000'], metadata: { smsKeyword: keyword } });
    });
  }

  for (const [text, keyword] of [['TD', 'opt_out'], ['t', 'opt_out'], ['R', 'opt_out'], ['退订', 'opt_out'], ['退訂！', 'opt_out']] as const) {
    it(`Tencent SMS ${JSON.stringify(text)}: acknowledged, queued as an interaction (${keyword})`, async () => {
      const [event, ...rest] = await viaTencent(text);
      expect(rest).toEqual([]);
      expect(event).toMatchObject({ kind: 'interaction', text, metadata: { smsKeyword: keyword } });
    });
  }

  it('a keyword inside what a customer writes leaves it a message on both providers', async () => {
    for (const text of ['STOP charging me twice!', '退订。你们的客服电话一直打不通', 'help, my parcel is lost', 'Yes']) {
      const [twilio] = await viaTwilio(twilioBody(text));
      const [tencent] = await viaTencent(text);
      expect([twilio?.kind, tencent?.kind, twilio?.metadata['smsKeyword'], tencent?.metadata['smsKeyword']]).toEqual(['message', 'message', undefined, undefined]);
    }
  });

  it('keywords as phones type them: full-width (ＳＴＯＰ, ＴＤ), mixed case, emoji and punctuation around the word, on both providers', async () => {
    const typed: [string, string][] = [
      ['ＳＴＯＰ', 'opt_out'], ['ＴＤ', 'opt_out'], ['ｔｄ。', 'opt_out'], ['StOp', 'opt_out'], ['STOP 🛑', 'opt_out'], ['stop🙏🏻', 'opt_out'],
      ['退订~', 'opt_out'], ['退订～～', 'opt_out'], ['TD，', 'opt_out'], ['“退订”', 'opt_out'], ['Stop?', 'opt_out'], ['Unsubscribe!!! 😡😡', 'opt_out'], ['ＨＥＬＰ？', 'help'],
    ];
    for (const [text, keyword] of typed) {
      const [twilio] = await viaTwilio(twilioBody(text));
      const [tencent] = await viaTencent(text);
      expect([text, twilio?.kind, twilio?.metadata['smsKeyword'], tencent?.kind, tencent?.metadata['smsKeyword']]).toEqual([text, 'interaction', keyword, 'interaction', keyword]);
    }
    for (const text of ['STOP 🛑 charging me', 'T恤破了', 'R18', '👍', 'ＳＴＯＰ ｓｅｎｄｉｎｇ ｍｅ ａｄｓ', '退订了还在发']) {
      const [twilio] = await viaTwilio(twilioBody(text));
      const [tencent] = await viaTencent(text);
      expect([text, twilio?.kind, tencent?.kind]).toEqual([text, 'message', 'message']);
    }
  });

  it('a picture sent with the word STOP is a message: the media says something', async () => {
    const [event] = await viaTwilio(twilioBody('STOP', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/m/ME1', MediaContentType0: 'image/jpeg' }));
    expect(event?.kind).toBe('message');
  });
});
