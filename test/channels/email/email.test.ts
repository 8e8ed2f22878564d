import iconv from 'iconv-lite';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { emailChannel } from '../../../shared/channels/email/index.ts';
import { parseEmail } from '../../../shared/channels/email/parse.ts';
import { FeedbackEvent } from '../../../shared/event.ts';
import { callPlugin, channelErrorOf, FIXED_NOW, testConfig } from '../support.ts';
import { EMAIL_URL, fixture, SECRET, signedEmailRequest } from './email-support.ts';

const config = testConfig({ EMAIL_WEBHOOK_SECRET: SECRET });
const post = (request: Request) => callPlugin(emailChannel, request, config);
const SQS_LIMIT = 256 * 1024;

async function buildWithNodemailer(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

describe('email webhook', () => {
  it.each([
    ['gbk-qqmail-reply.eml', 'email:zhangwei@qq.com', '张伟', '回复：您的订单 2024-001 已发货', '你好，我上周买的耳机左边没有声音，换货申请提交三天了还没人处理。\n请尽快联系我，电话 138 0013 8000。\n\n张伟'],
    ['gbk-163-reply.eml', 'email:li.na@163.com', '李娜', 'Re:退款进度', '退款到现在还没到账，已经超过七个工作日了，非常失望。'],
    ['big5-iphone-reply.eml', 'email:wang.xiaoming@example.com.tw', '王小明', '回覆：訂單已送達', '您好，我收到的商品包裝破損，裡面的杯子也碎了，請問要怎麼退貨？'],
    ['html-only-gmail.eml', 'email:jane.doe@gmail.com', 'Jane Doe', 'Re: Your order', "The app crashes every time I open the Orders page & I can't track my parcel.\n\nPlease fix this."],
    ['outlook-reply-attachment.eml', 'email:john.smith@contoso.com', 'Smith, John', 'RE: Invoice 4471 is wrong', 'We were charged twice for invoice 4471. Please refund the duplicate charge.'],
  ])('%s: decodes, strips the quote and signature, keeps the subject', async (name, identity, displayName, subject, text) => {
    const outcome = await post(signedEmailRequest(fixture(name)));
    expect(outcome.response.status).toBe(202);
    const event = FeedbackEvent.parse(outcome.events[0]);
    expect(event).toMatchObject({ channel: 'email', source: 'email', kind: 'message', identities: [identity], displayName, subject, text });
  });

  it('cuts the quoted original out of an HTML-only QQ Mail reply', async () => {
    const raw = await buildWithNodemailer({
      from: '"张伟" <ZhangWei@QQ.com>',
      to: 'support@example.com',
      subject: '回复：退货',
      html: '<div>包装破了，申请退货。</div><div><br></div><div style="font-size: 12px;">------------------&nbsp;原始邮件&nbsp;------------------</div><div style="background:#efefef;"><div><b>发件人:</b>&nbsp;"客服中心"&lt;support@example.com&gt;;</div><div><b>发送时间:</b>&nbsp;2024年3月1日(星期五) 上午10:00</div></div><div>您好，您的订单已发货。</div>',
    });
    const [event] = (await post(signedEmailRequest(raw))).events;
    expect(event?.text).toBe('包装破了，申请退货。');
  });

  it('lists attachments by name, type and size without their content', async () => {
    const [event] = (await post(signedEmailRequest(fixture('outlook-reply-attachment.eml')))).events;
    expect(event?.attachments).toEqual([{ name: 'invoice-4471.pdf', contentType: 'application/pdf', size: expect.any(Number) }]);
    expect(JSON.stringify(event)).not.toContain('JVBERi0');
  });

  it('treats the sender as a claim unless the relay asserts SPF or DKIM passed with DMARC', async () => {
    const raw = fixture('gbk-163-reply.eml');
    expect((await post(signedEmailRequest(raw))).events[0]?.verifiedIdentities).toBeUndefined();
    // Another post of the relay's (signed a second later), not the first one replayed with the header added.
    const asserted = await post(signedEmailRequest(raw, { at: new Date(FIXED_NOW.getTime() + 1000), headers: { 'X-Feedback-Sender-Verified': 'true' } }));
    expect(asserted.events[0]?.verifiedIdentities).toEqual(['email:li.na@163.com']);
    expect(asserted.events[0]?.metadata).toMatchObject({ senderVerified: true });
  });

  it('refuses a signed post replayed with the sender-verified header added, and lets the same post be retried', async () => {
    const raw = fixture('gbk-qqmail-reply.eml');
    const at = new Date(FIXED_NOW.getTime() + 2000);
    await post(signedEmailRequest(raw, { at }));
    const error = await channelErrorOf(post(signedEmailRequest(raw, { at, headers: { 'X-Feedback-Sender-Verified': 'true' } })));
    expect([error.status, error.code]).toEqual([401, 'replayed_signature']);
    expect((await post(signedEmailRequest(raw, { at }))).events).toHaveLength(1);
  });

  it("does not let another sender's mail that reuses a Message-ID pass as a redelivery", async () => {
    const raw = fixture('gbk-163-reply.eml').toString('latin1');
    const genuine = await post(signedEmailRequest(Buffer.from(raw, 'latin1')));
    const forged = await post(signedEmailRequest(Buffer.from(raw.replace(/^From: .*$/m, 'From: attacker@example.net'), 'latin1')));
    const sameSenderOtherText = await post(signedEmailRequest(Buffer.from(raw.replace(/^Subject: .*$/m, 'Subject: another'), 'latin1')));
    expect(forged.events[0]?.feedbackId).not.toBe(genuine.events[0]?.feedbackId);
    expect(sameSenderOtherText.events[0]?.feedbackId).not.toBe(genuine.events[0]?.feedbackId);
  });

  it('maps a redelivered message to one feedbackId by Message-ID, and hashes the raw bytes without one', async () => {
    const raw = fixture('gbk-163-reply.eml');
    const first = await post(signedEmailRequest(raw));
    const again = await post(signedEmailRequest(raw, { at: new Date(FIXED_NOW.getTime() + 60_000) }));
    // A relay re-wrapping headers still carries the same Message-ID.
    const rewrapped = await post(signedEmailRequest(Buffer.concat([Buffer.from('X-Relayed-By: mx2\r\n'), raw])));
    expect(again.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);
    expect(rewrapped.events[0]?.feedbackId).toBe(first.events[0]?.feedbackId);

    const withoutId = raw.toString('latin1').replace(/^Message-ID: .*\r\n/m, '');
    const a = await post(signedEmailRequest(Buffer.from(withoutId, 'latin1')));
    const b = await post(signedEmailRequest(Buffer.from(withoutId, 'latin1')));
    const c = await post(signedEmailRequest(Buffer.from(withoutId.replace('Sat, 2 Mar', 'Sun, 3 Mar'), 'latin1')));
    expect(b.events[0]?.feedbackId).toBe(a.events[0]?.feedbackId);
    expect(c.events[0]?.feedbackId).not.toBe(a.events[0]?.feedbackId);
    expect(a.events[0]?.feedbackId).not.toBe(first.events[0]?.feedbackId);
  });

  it.each(['gbk', 'gb2312', 'gb18030', 'big5'])('decodes a %s body and encoded-word subject built with iconv-lite', async (charset) => {
    const text = charset === 'big5' ? '訂單延誤，請盡快處理。' : charset === 'gb18030' ? '订单延误，请尽快处理。𠮷' : '订单延误，请尽快处理。';
    const raw = Buffer.concat([
      Buffer.from(
        `From: customer@example.cn\r\nTo: support@example.com\r\nSubject: =?${charset}?B?${iconv.encode(text, charset).toString('base64')}?=\r\n` +
          `Message-ID: <${charset}@example.cn>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`,
      ),
      iconv.encode(`${text}\r\n`, charset),
    ]);
    const [event] = (await post(signedEmailRequest(raw))).events;
    expect(event?.text).toBe(text);
    expect(event?.subject).toBe(text);
  });

  it('decodes EUC-CN, a GB 2312 label TextDecoder does not know, in body and subject', async () => {
    const text = '订单延误，请尽快处理。';
    const raw = Buffer.concat([
      Buffer.from(`From: customer@example.cn\r\nSubject: =?EUC-CN?B?${iconv.encode(text, 'gbk').toString('base64')}?=\r\nContent-Type: text/plain; charset="EUC-CN"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
      iconv.encode(text, 'gbk'),
    ]);
    const [event] = (await post(signedEmailRequest(raw))).events;
    expect([event?.text, event?.subject]).toEqual([text, text]);
  });

  it('reads mail composed by nodemailer, HTML alternative and attachment included', async () => {
    const raw = await buildWithNodemailer({
      from: '"陈静" <Chen.Jing@Example.cn>',
      to: 'support@example.com',
      subject: '发票抬头错了',
      messageId: '<nodemailer-1@example.cn>',
      text: '发票抬头写错了，请重新开具。\n\n-- \n陈静',
      html: '<p>发票抬头写错了，请重新开具。</p>',
      attachments: [{ filename: '发票.png', content: Buffer.alloc(2048, 1), contentType: 'image/png' }],
    });
    const [event] = (await post(signedEmailRequest(raw))).events;
    expect(event).toMatchObject({ identities: ['email:chen.jing@example.cn'], text: '发票抬头写错了，请重新开具。', attachments: [{ name: '发票.png', contentType: 'image/png', size: 2048 }] });
  });

  it('truncates an oversize body with a visible marker so the event fits one SQS message', async () => {
    const huge = '物流太慢了😡'.repeat(60_000);
    const raw = await buildWithNodemailer({ from: 'angry@example.cn', to: 'support@example.com', subject: '投诉', text: huge, messageId: '<huge@example.cn>' });
    const event = FeedbackEvent.parse((await post(signedEmailRequest(raw))).events[0]);
    // Assert on the ends only: a failure message quoting the whole text would be unreadable.
    expect(event.text.slice(-80)).toMatch(/\[内容过长，已截断 \/ truncated: showing \d+ of 420000 characters\]$/);
    expect(event.text.slice(0, 12)).toBe('物流太慢了😡物流太慢了');
    // As the SQS adapter will carry it: JSON with astral characters written as \u escape pairs.
    const body = JSON.stringify(event).replace(/[\u{10000}-\u{10FFFF}]/gu, '\\uXXXX\\uXXXX');
    expect(Buffer.byteLength(body)).toBeLessThan(SQS_LIMIT);
  });

  it('exports parseEmail for the SES path with the same result as the webhook', async () => {
    const raw = fixture('big5-iphone-reply.eml');
    const { event: viaSes } = await parseEmail(raw, { receivedAt: FIXED_NOW, via: 'ses', senderVerified: false });
    const [viaWebhook] = (await post(signedEmailRequest(raw))).events;
    expect(viaSes?.feedbackId).toBe(viaWebhook?.feedbackId);
    expect(viaSes?.metadata['via']).toBe('ses');
  });

  it.each([
    ['an unsigned post', () => new Request(EMAIL_URL, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: fixture('gbk-163-reply.eml') })],
    ['another secret', () => signedEmailRequest(fixture('gbk-163-reply.eml'), { secret: 'guess' })],
    ['a replay after ten minutes', () => signedEmailRequest(fixture('gbk-163-reply.eml'), { at: new Date(FIXED_NOW.getTime() - 600_000) })],
  ])('refuses %s with 401', async (_label, request) => {
    expect((await channelErrorOf(post(request()))).status).toBe(401);
  });

  it('answers 503 unconfigured, 415 for a JSON body, 422 without a From address', async () => {
    const unconfigured = await channelErrorOf(callPlugin(emailChannel, signedEmailRequest(fixture('gbk-163-reply.eml')), testConfig()));
    expect([unconfigured.status, unconfigured.code]).toEqual([503, 'channel_not_configured']);
    expect((await channelErrorOf(post(signedEmailRequest('{}', { contentType: 'application/json' })))).status).toBe(415);
    const noFrom = await channelErrorOf(post(signedEmailRequest('To: support@example.com\r\nSubject: hi\r\n\r\nhello\r\n')));
    expect([noFrom.status, noFrom.code]).toEqual([422, 'invalid_sender']);
  });

  it('refuses a multipart mail whose boundary is missing, empty or never used (400 invalid_mime): its words could not be read, and were kept as an empty message', async () => {
    const head = 'From: c@example.com\r\nTo: s@example.com\r\nSubject: broken\r\nMessage-ID: <nb@example.com>\r\nMIME-Version: 1.0\r\n';
    const body = '\r\n--X\r\nContent-Type: text/plain\r\n\r\nthe package is broken\r\n--X--\r\n';
    for (const contentType of ['multipart/mixed', 'multipart/mixed; boundary=""', 'multipart/mixed; boundary="Y"']) {
      const refused = await channelErrorOf(post(signedEmailRequest(`${head}Content-Type: ${contentType}\r\n${body}`)));
      expect([refused.status, refused.code], contentType).toEqual([400, 'invalid_mime']);
    }
    const nested = `${head}Content-Type: multipart/mixed; boundary="X"\r\n\r\n--X\r\nContent-Type: multipart/alternative\r\n\r\nhello\r\n--X--\r\n`;
    expect((await channelErrorOf(post(signedEmailRequest(nested)))).code).toBe('invalid_mime');
    const { event } = await parseEmail(new TextEncoder().encode(`${head}Content-Type: multipart/mixed; boundary="X"\r\n${body}`), { receivedAt: FIXED_NOW, via: 'ses', senderVerified: false });
    expect(event?.text).toBe('the package is broken');
  });

  it('lists the first 100 attachments and says how many more there were', async () => {
    const attachments = Array.from({ length: 130 }, (_, i) => ({ filename: `photo-${i}.jpg`, content: Buffer.from([i]), contentType: 'image/jpeg' }));
    const raw = await buildWithNodemailer({ from: 'many@example.com', to: 'support@example.com', subject: '照片', text: '破损的照片', attachments, messageId: '<many@example.com>' });
    const { event } = await parseEmail(raw, { receivedAt: FIXED_NOW, via: 'ses', senderVerified: false });
    expect(event?.attachments).toHaveLength(100);
    expect(event?.metadata['attachmentsNotListed']).toBe(30);
    const few = await buildWithNodemailer({ from: 'few@example.com', to: 'support@example.com', subject: '照片', text: '破损的照片', attachments: attachments.slice(0, 3), messageId: '<few@example.com>' });
    expect((await parseEmail(few, { receivedAt: FIXED_NOW, via: 'ses', senderVerified: false })).event?.metadata).not.toHaveProperty('attachmentsNotListed');
  });
});
