import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { FIXED_NOW, ingestHarness } from './support.ts';

const SECRETS = { EMAIL_WEBHOOK_SECRET: 'email-secret', TENCENT_SMS_WEBHOOK_SECRET: 'tencent-secret' };
const codeOf = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];

describe('a webhook body declared compressed (no channel decodes one)', () => {
  const formBody = JSON.stringify({ message: '快递三天还没到', email: 'coded@example.com' });
  const form = (body: Uint8Array | string, contentEncoding?: string) =>
    new Request('https://feedback.example.com/webhooks/forms/contact', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(contentEncoding ? { 'content-encoding': contentEncoding } : {}) },
      body,
    });

  it('a form gets 415 unsupported_content_encoding, gzip bytes (400 "not valid UTF-8" before) or plain bytes under the label (stored before), and nothing is queued', async () => {
    const { app, queue } = ingestHarness(SECRETS);
    expect(await codeOf(await app.request(form(gzipSync(formBody), 'gzip')))).toEqual([415, 'unsupported_content_encoding']);
    expect(await codeOf(await app.request(form(formBody, 'br')))).toEqual([415, 'unsupported_content_encoding']);
    expect(await codeOf(await app.request(form(formBody, 'identity, gzip')))).toEqual([415, 'unsupported_content_encoding']);
    expect(queue.sent).toEqual([]);
    expect((await app.request(form(formBody, 'identity'))).status).toBe(202);
    expect(queue.sent).toHaveLength(1);
  });

  it('a signed mail or Tencent callback gets the same 415 and nothing is queued; a forged one stays 401 whatever it declares', async () => {
    const { app, queue } = ingestHarness(SECRETS);
    const mail = Buffer.from('From: coded@example.com\r\nMessage-ID: <coded@x>\r\nSubject: order\r\n\r\n快递没到\r\n');
    const postMail = (headers: Record<string, string>, contentEncoding: string) =>
      new Request('https://feedback.example.com/webhooks/email', { method: 'POST', headers: { 'content-type': 'message/rfc822', 'content-encoding': contentEncoding, ...headers }, body: mail });
    expect(await codeOf(await app.request(postMail(signFeedbackRequest(SECRETS.EMAIL_WEBHOOK_SECRET, mail, FIXED_NOW), 'gzip')))).toEqual([415, 'unsupported_content_encoding']);
    expect(await codeOf(await app.request(postMail(signFeedbackRequest('guess', mail, FIXED_NOW), 'gzip')))).toEqual([401, 'bad_signature']);
    const callback = JSON.stringify({ extend: '', mobile: '13800138000', nationcode: '86', sign: 's', text: '你好', time: Math.floor(FIXED_NOW.getTime() / 1000) });
    const tencent = new Request('https://feedback.example.com/webhooks/sms/tencent', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'deflate', ...signFeedbackRequest(SECRETS.TENCENT_SMS_WEBHOOK_SECRET, callback, FIXED_NOW) },
      body: callback,
    });
    expect(await codeOf(await app.request(tencent))).toEqual([415, 'unsupported_content_encoding']);
    expect(queue.sent).toEqual([]);
  });
});
