import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import { signFeedbackRequest } from '../../shared/channels/signing.ts';
import { startServe } from '../support/serve-process.ts';
import { eventually } from '../support/eventually.ts';

const KEY = 'e2e-key';
const EMAIL_SECRET = 'e2e-email-secret';
const TENCENT_SECRET = 'e2e-tencent-secret';
const TWILIO_TOKEN = 'e2e-twilio-token';
const ANGRY = '退款还没到账，太差了，我要投诉！';

describe('local mode: what channels send beside feedback', () => {
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  afterAll(async () => server?.stop());

  it('an out-of-office and a bounce store nothing; an SMS 退订 is an interaction; neither is a complaint, counted or in the work queue', async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-e2e-')), FEEDBACK_API_KEYS: KEY, EMAIL_WEBHOOK_SECRET: EMAIL_SECRET, TENCENT_SMS_WEBHOOK_SECRET: TENCENT_SECRET });
    const base = server.base;
    const signedPost = (path: string, body: string, secret: string, contentType: string) =>
      fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...signFeedbackRequest(secret, body, new Date()) } });
    const mail = (lines: string[]) => signedPost('/webhooks/email', `${lines.join('\r\n')}\r\n`, EMAIL_SECRET, 'message/rfc822');
    const sms = (text: string, time: number) =>
      signedPost('/webhooks/sms/tencent', JSON.stringify({ extend: '', mobile: '13600136000', nationcode: '86', sign: '商城', text, time }), TENCENT_SECRET, 'application/json');
    const api = <T>(path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } }).then(async (r) => ({ status: r.status, body: (await r.json()) as T }));

    const outOfOffice = await mail(['From: li.lei@example.cn', 'To: support@example.com', 'Subject: Automatic reply: 工单 #1', 'Message-ID: <oof@example.cn>', 'Auto-Submitted: auto-replied', '', ANGRY]);
    const bounce = await mail(['Return-Path: <>', 'From: MAILER-DAEMON@mx.example.cn', 'To: support@example.com', 'Subject: Undelivered Mail', 'Message-ID: <b@mx.example.cn>', '', ANGRY]);
    expect([outOfOffice.status, await outOfOffice.json(), bounce.status, await bounce.json()]).toEqual([200, { ignored: 'auto_reply' }, 200, { ignored: 'delivery_report' }]);
    expect((await mail(['From: li.lei@example.cn', 'To: support@example.com', 'Subject: 退款', 'Message-ID: <real@example.cn>', '', ANGRY])).status).toBe(202);
    const now = Math.floor(Date.now() / 1000);
    expect((await sms('TD', now - 2)).status).toBe(200);
    expect((await sms(ANGRY, now - 1)).status).toBe(200);

    type Customer = { customerId: string; counts: Record<string, number> };
    const byEmail = await eventually(() => api<Customer>('/v1/customers?identity=email:li.lei@example.cn'), (r) => r.body.counts?.['total'] === 1);
    const byPhone = await eventually(() => api<Customer>('/v1/customers?identity=phone:13600136000'), (r) => r.body.counts?.['total'] === 2);
    expect([byEmail.body.counts['total'], byEmail.body.counts['complaints'], byPhone.body.counts['total'], byPhone.body.counts['complaints']]).toEqual([1, 1, 2, 1]);
    expect((await api('/v1/customers?identity=email:mailer-daemon@mx.example.cn')).status).toBe(404);

    const timeline = await api<{ items: { kind: string; text: string; classification?: { intent: string; urgent: boolean } }[] }>(`/v1/customers/${byPhone.body.customerId}/timeline`);
    expect(timeline.body.items.map((item) => [item.kind, item.text])).toEqual([['message', ANGRY], ['interaction', 'TD']]);
    const queue = await api<{ items: { text: string }[] }>('/v1/feedback');
    expect(queue.body.items.map((item) => item.text).sort()).toEqual([ANGRY, ANGRY]);
  });
});

describe('local mode: what a person sends without words', () => {
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  afterAll(async () => server?.stop());

  it('a picture by MMS and a mail with only an attachment are interactions, as a WeChat picture is: on the timeline, never judged, out of the work queue', async () => {
    server = await startServe({ DATA_DIR: mkdtempSync(join(tmpdir(), 'feedback-e2e-')), FEEDBACK_API_KEYS: KEY, EMAIL_WEBHOOK_SECRET: EMAIL_SECRET, TWILIO_AUTH_TOKEN: TWILIO_TOKEN });
    const base = server.base;
    const api = <T>(path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } }).then(async (r) => ({ status: r.status, body: (await r.json()) as T }));
    const twilioPost = (fields: Record<string, string>) => {
      const url = `${base}/webhooks/sms/twilio`;
      const signature = twilio.getExpectedTwilioSignature(TWILIO_TOKEN, url, fields);
      return fetch(url, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } });
    };
    const mms = (sid: string, body: string) =>
      twilioPost({ MessageSid: sid, AccountSid: 'AC00000000000000000000000000000000', From: '+8613700137000', To: '+14155238886', Body: body, NumMedia: '1', MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0', MediaContentType0: 'image/jpeg' });
    expect((await mms('MM00000000000000000000000000000001', '')).status).toBe(200);
    expect((await mms('MM00000000000000000000000000000002', ANGRY)).status).toBe(200);
    const attachmentOnly = [
      'From: han.mei@example.cn',
      'To: support@example.com',
      'Message-ID: <photo@example.cn>',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: image/jpeg; name="broken.jpg"',
      'Content-Disposition: attachment; filename="broken.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.alloc(64, 7).toString('base64'),
      '--b--',
      '',
    ].join('\r\n');
    const mailed = await fetch(`${base}/webhooks/email`, { method: 'POST', body: attachmentOnly, headers: { 'content-type': 'message/rfc822', ...signFeedbackRequest(EMAIL_SECRET, attachmentOnly, new Date()) } });
    expect(mailed.status).toBe(202);

    type Customer = { customerId: string; counts: Record<string, number> };
    type Item = { kind: string; text: string; status?: string; attachments?: { name: string }[] };
    const byPhone = await eventually(() => api<Customer>('/v1/customers?identity=phone:13700137000'), (r) => r.body.counts?.['total'] === 2);
    const byEmail = await eventually(() => api<Customer>('/v1/customers?identity=email:han.mei@example.cn'), (r) => r.body.counts?.['total'] === 1);
    const phoneItems = (await api<{ items: Item[] }>(`/v1/customers/${byPhone.body.customerId}/timeline`)).body.items;
    expect(phoneItems.map((item) => [item.kind, item.text]).sort()).toEqual([['interaction', ''], ['message', ANGRY]]);
    const [mailItem] = (await api<{ items: Item[] }>(`/v1/customers/${byEmail.body.customerId}/timeline`)).body.items;
    expect([mailItem?.kind, mailItem?.attachments?.map((a) => a.name)]).toEqual(['interaction', ['broken.jpg']]);
    const queue = await api<{ items: { text: string }[] }>('/v1/feedback');
    expect(queue.body.items.map((item) => item.text)).toEqual([ANGRY]);
  });
});
