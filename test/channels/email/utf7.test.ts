import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createInboundMailHandler } from '../../../shared/channels/email/inbound.ts';
import { emailChannel } from '../../../shared/channels/email/index.ts';
import { decodeUtf7 } from '../../../shared/channels/email/utf7.ts';
import { callPlugin, CapturingQueue, FIXED_NOW, testConfig } from '../support.ts';
import { fixture, SECRET, signedEmailRequest } from './email-support.ts';

// UTF-7 (RFC 2152) is no charset TextDecoder knows, so a UTF-7 part fell back to UTF-8, whose
// reading of those ASCII bytes is the UTF-7 itself: `+ZeVnLIqe-` was stored instead of 日本語.
const post = (raw: Uint8Array) => callPlugin(emailChannel, signedEmailRequest(raw), testConfig({ EMAIL_WEBHOOK_SECRET: SECRET }));
const mail = (headers: string, body = 'hello\r\n') => Buffer.from(`From: li@example.cn\r\n${headers}\r\n\r\n${body}`, 'latin1');
const utf7 = (text: string) => iconv.encode(text, 'utf7').toString('latin1');

const COMPLAINT = '我上周五订的空气净化器（订单号 20231108-4471）到现在还没发货，客服电话一直打不通，在线留言也没人回复。';

describe('mail in UTF-7', () => {
  it('an Outlook Express mail (UTF-7 text and HTML parts, encoded words in Subject and From) through the raw-email webhook', async () => {
    const outcome = await post(fixture('utf7-outlook-express.eml'));
    expect(outcome.response.status).toBe(202);
    const event = outcome.events[0]!;
    expect(event).toMatchObject({ subject: '订单一直不发货', displayName: '周敏', identities: ['email:zhou.min@example.cn'] });
    expect(event.text).toContain(COMPLAINT);
    expect(event.text).not.toMatch(/\+[A-Za-z0-9/+]{3,}-/);
  });

  it('the same mail through SES inbound', async () => {
    const queue = new CapturingQueue();
    const handler = createInboundMailHandler({ readRawMail: async () => fixture('utf7-outlook-express.eml'), queue, now: () => FIXED_NOW, onRejected: () => {}, discardRawMail: async () => {}, onKept: () => {} });
    expect(await handler([{ location: { bucket: 'mail', key: 'utf7' }, verdicts: { spf: 'pass', dkim: 'pass', dmarc: 'pass' } }])).toEqual({ queued: 1, rejected: 0 });
    expect(queue.sent[0]).toMatchObject({ subject: '订单一直不发货', displayName: '周敏' });
    expect(queue.sent[0]?.text).toContain(COMPLAINT);
  });

  it.each([
    ['a text part', 'Subject: order\r\nContent-Type: text/plain; charset=UTF-7', '+ZeVnLIqe-', { text: '日本語' }],
    ['a quoted-printable part, any spelling of the label', 'Subject: order\r\nContent-Type: text/plain; charset="unicode-1-1-utf-7"\r\nContent-Transfer-Encoding: quoted-printable', `${utf7('退款 = 1 + 1')}`.replace(/=/g, '=3D'), { text: '退款 = 1 + 1' }],
    ['a base64 part', 'Subject: order\r\nContent-Type: text/plain; charset=utf-7\r\nContent-Transfer-Encoding: base64', Buffer.from(utf7('杯子碎了 a+b')).toString('base64'), { text: '杯子碎了 a+b' }],
    ['a B word in Subject', '=?UTF-7?B?K1plVm5MSXFlLQ==?=', undefined, { subject: '日本語' }],
    ['a Q word in Subject, split in two', `=?utf-7?Q?${utf7('发票')}?=\r\n =?utf-7?Q?${utf7('开错了')}?=`, undefined, { subject: '发票开错了' }],
    ['a word in From', 'Subject: x', undefined, { displayName: '李雷', identities: ['email:li@example.cn'] }, `From: =?UTF-7?Q?${utf7('李雷')}?= <li@example.cn>`],
  ])('%s is read as the text it encodes', async (_case, headers, body, expected, fromLine?: string) => {
    const subjectFirst = headers.startsWith('=?') ? `Subject: ${headers}` : headers;
    const raw = fromLine ? Buffer.from(`${fromLine}\r\n${subjectFirst}\r\n\r\nhello\r\n`, 'latin1') : mail(subjectFirst, body);
    const outcome = await post(raw);
    expect(outcome.response.status).toBe(202);
    expect(outcome.events[0]).toMatchObject(expected);
  });

  it('attachment names in UTF-7: an encoded word, and RFC 2231 parameters whole or in sections', async () => {
    const attachment = (disposition: string) => ['--b', 'Content-Type: application/pdf', `Content-Disposition: attachment; ${disposition}`, 'Content-Transfer-Encoding: base64', '', 'eA==', ''];
    const percent = (text: string) => [...Buffer.from(utf7(text), 'latin1')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    const split = percent('对账单2024.pdf');
    const raw = [
      'From: li@example.cn', 'Subject: 发票', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', '发票见附件', '',
      ...attachment(`filename="=?utf-7?Q?${utf7('发票.pdf')}?="`),
      ...attachment(`filename*=UTF-7''${percent('收据 #3.pdf')}`),
      ...attachment(`filename*0*=utf-7'zh'${split.slice(0, 12)}; filename*1*=${split.slice(12)}`),
      '--b--', '',
    ].join('\r\n');
    const outcome = await post(Buffer.from(raw));
    expect(outcome.response.status).toBe(202);
    expect(outcome.events[0]?.attachments?.map((file) => file.name)).toEqual(['发票.pdf', '收据 #3.pdf', '对账单2024.pdf']);
  });

  it('bytes a UTF-7 label does not fit, and a label nobody knows, degrade as documented: read as UTF-8, GB18030 or Big5', async () => {
    const utf8UnderUtf7 = await post(Buffer.concat([mail('Subject: order\r\nContent-Type: text/plain; charset=utf-7', ''), Buffer.from('杯子碎了')]));
    expect(utf8UnderUtf7.events[0]?.text).toBe('杯子碎了');
    const gbkUnderBogus = await post(Buffer.concat([mail('Subject: order\r\nContent-Type: text/plain; charset=x-bogus', ''), iconv.encode('快递三天还没到', 'gbk')]));
    expect(gbkUnderBogus.events[0]?.text).toBe('快递三天还没到');
    // Not UTF-7 (a shifted run that leaves bits over, a lone surrogate): kept as the ASCII it is.
    for (const odd of ['+ZeVnLIqe1-', '+2D3-']) expect((await post(mail('Subject: order\r\nContent-Type: text/plain; charset=utf-7', odd))).events[0]?.text).toBe(odd);
  });

  it('decodes as iconv-lite does whatever it encoded', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
          expect(decodeUtf7(iconv.encode(text, 'utf7'))).toBe(text);
        }), { numRuns: 500 });
    expect(decodeUtf7(Buffer.from('1 +- 1 = 2'))).toBe('1 + 1 = 2');
    expect(decodeUtf7(Buffer.from('杯子'))).toBeUndefined();
  });
});
