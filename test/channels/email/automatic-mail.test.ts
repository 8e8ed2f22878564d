import { describe, expect, it } from 'vitest';
import { storedMailFromEvent } from '../../../shared/adapters/aws/ses-inbound-event.ts';
import { createInboundMailHandler } from '../../../shared/channels/email/inbound.ts';
import type { ChannelError } from '../../../shared/channels/types.ts';
import { CapturingQueue, FIXED_NOW, ingestHarness } from '../support.ts';
import { SECRET, signedEmailRequest } from './email-support.ts';
import sesLambdaEvent from './fixtures/ses-lambda-event.json' with { type: 'json' };

const toLocal = (request: Request) => new Request(request.url.replace('https://feedback.example.com', 'http://localhost'), request);
const mail = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const COMMON = ['To: support@example.com', 'Date: Sun, 1 Mar 2026 08:00:00 +0800', 'MIME-Version: 1.0'];
const REPLY_TO_OURS = ['In-Reply-To: <ticket-1234@support.example.com>', 'References: <ticket-1234@support.example.com>'];
// Words the classifier would read as an urgent complaint, were the mail taken as feedback.
const ANGRY = '退款还没到账，太差了，我要投诉！Refund still missing, this is terrible.';

/** Machine-written mail, in the shapes the software that writes it documents or sends. */
const AUTOMATIC: Record<string, string> = {
  'Exchange out-of-office (Auto-Submitted, X-Auto-Response-Suppress)': mail([
    'From: Li Lei <li.lei@example.cn>', ...COMMON, 'Subject: Automatic reply: 您的工单 #1234', 'Message-ID: <oof-1@example.cn>', ...REPLY_TO_OURS,
    'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: li.lei@example.cn', 'Content-Type: text/plain; charset=utf-8',
    '', `I am out of the office until Monday. ${ANGRY}`,
  ]),
  'Exchange in Chinese (自动答复 on a reply to ours, no Auto-Submitted)': mail([
    'From: =?utf-8?B?5p2O6Zu3?= <li.lei@example.cn>', ...COMMON, 'Subject: =?utf-8?B?6Ieq5Yqo562U5aSNOiDmgqjnmoTlt6XljZU=?=', 'Message-ID: <oof-2@example.cn>', ...REPLY_TO_OURS,
    'X-Auto-Response-Suppress: DR, OOF, AutoReply', 'Content-Type: text/plain; charset=utf-8',
    '', `我正在休假。${ANGRY}`,
  ]),
  'Gmail vacation responder (Auto-Submitted: auto-replied)': mail([
    'From: wang.fang@gmail.com', ...COMMON, 'Subject: Re: your ticket', 'Message-ID: <vac-1@mail.gmail.com>', ...REPLY_TO_OURS,
    'Auto-Submitted: auto-replied', 'Content-Type: text/plain; charset=UTF-8', '', `On holiday. ${ANGRY}`,
  ]),
  'procmail/cPanel vacation (X-Autoreply, Precedence: auto_reply)': mail([
    'From: zhao@example.net', ...COMMON, 'Subject: Away', 'Message-ID: <away-1@example.net>', 'X-Autoreply: yes', 'Precedence: auto_reply',
    'Content-Type: text/plain', '', ANGRY,
  ]),
  'Zimbra-style X-Autorespond only': mail(['From: qian@example.net', ...COMMON, 'Subject: Away', 'Message-ID: <away-2@example.net>', 'X-Autorespond: Away', '', ANGRY]),
  'QQ Mail 自动回复 (no header, a subject prefix on a reply to ours)': mail([
    'From: "zhangwei" <zhangwei@qq.com>', ...COMMON, 'Subject: =?utf-8?B?6Ieq5Yqo5Zue5aSN77yaUmU6IOaCqOeahOW3peWNlQ==?=', 'Message-ID: <tencent_1@qq.com>', ...REPLY_TO_OURS,
    'Content-Type: text/plain; charset=utf-8', '', `这是来自QQ邮箱的假期自动回复邮件。${ANGRY}`,
  ]),
  'Postfix bounce (multipart/report delivery-status, null Return-Path, MAILER-DAEMON)': mail([
    'Return-Path: <>', 'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)', ...COMMON, 'Subject: Undelivered Mail Returned to Sender', 'Message-ID: <bounce-1@mx.example.com>',
    'Auto-Submitted: auto-replied', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"', '',
    '--B1', 'Content-Type: text/plain; charset=us-ascii', '', 'I\'m sorry to have to inform you that your message could not be delivered. 投诉 urgent', '',
    '--B1', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '', 'Final-Recipient: rfc822; gone@example.cn', 'Action: failed', 'Status: 5.1.1', '',
    '--B1', 'Content-Type: message/rfc822', '', 'From: support@example.com', 'To: gone@example.cn', 'Subject: 您的工单', '', '您好', '--B1--',
  ]),
  'a qmail bounce from MAILER-DAEMON without a report part': mail(['From: MAILER-DAEMON@mail.example.org', ...COMMON, 'Subject: failure notice', 'Message-ID: <fn-1@mail.example.org>', '', `Sorry, we were unable to deliver your message. ${ANGRY}`]),
  'a bounce with only the null Return-Path': mail(['Return-Path: <>', 'From: bounces@relay.example.org', ...COMMON, 'Subject: Delivery failure', 'Message-ID: <nr-1@relay.example.org>', '', ANGRY]),
  'a read receipt (disposition-notification) from the customer': mail([
    'From: li.lei@example.cn', ...COMMON, 'Subject: Read: 您的工单 #1234', 'Message-ID: <mdn-1@example.cn>',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="M1"', '',
    '--M1', 'Content-Type: text/plain; charset=utf-8', '', `Your message was read. ${ANGRY}`, '',
    '--M1', 'Content-Type: message/disposition-notification', '', 'Final-Recipient: rfc822; li.lei@example.cn', 'Disposition: manual-action/MDN-sent-manually; displayed', '--M1--',
  ]),
  'bulk mail (Precedence: bulk)': mail(['From: news@shop.example.org', ...COMMON, 'Subject: Weekly deals', 'Message-ID: <news-1@shop.example.org>', 'Precedence: bulk', '', ANGRY]),
};

/** Mail a person wrote, which the rules above must leave alone. */
const PERSONAL: Record<string, string> = {
  'Auto-Submitted: no': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: 退款', 'Message-ID: <p-1@example.cn>', 'Auto-Submitted: no', 'X-Autoreply: no', '', ANGRY]),
  'a customer complaining about auto-replies': mail([
    'From: li.lei@example.cn', ...COMMON, 'Subject: 自动回复没用，我要人工', 'Message-ID: <p-2@example.cn>', ...REPLY_TO_OURS, '', `Your auto reply is useless. 自动回复：根本没人管。${ANGRY}`,
  ]),
  'a new mail whose subject starts 自动回复：': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: 自动回复：根本没用', 'Message-ID: <p-3@example.cn>', '', ANGRY]),
  'a reply that quotes our subject': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: Re: Automatic reply: 您的工单', 'Message-ID: <p-4@example.cn>', ...REPLY_TO_OURS, '', ANGRY]),
  'Outlook suppressing only delivery receipts': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: 退款', 'Message-ID: <p-5@example.cn>', 'X-Auto-Response-Suppress: DR, RN, NRN', '', ANGRY]),
  // What the sender's organisation adds, not the sender: an Exchange transport rule or a list server
  // marking its people's mail so that out-of-office replies are not sent back.
  "an organisation's Exchange rule adding X-Auto-Response-Suppress: OOF, DR, RN, NRN": mail([
    'From: li.lei@cornell.example.edu', ...COMMON, 'Subject: 退款', 'Message-ID: <p-6@example.edu>', 'X-Auto-Response-Suppress: OOF, DR, RN, NRN', '', ANGRY,
  ]),
  'X-Auto-Response-Suppress: All on a reply to ours': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: Re: 您的工单 #1234', 'Message-ID: <p-7@example.cn>', ...REPLY_TO_OURS, 'X-Auto-Response-Suppress: All', '', ANGRY]),
  // RFC 5321 makes postmaster a mailbox people read and write from: a small company's IT contact.
  'a person writing from postmaster@ (no report part, a return path)': mail([
    'Return-Path: <postmaster@shop.example.cn>', 'From: postmaster@shop.example.cn', ...COMMON, 'Subject: 我们公司的订单', 'Message-ID: <p-9@shop.example.cn>', '', ANGRY,
  ]),
  // A forwarding rule passing the customer's mail on (info@ to the support address).
  'forwarded by a mailbox rule (Auto-Submitted: auto-forwarded)': mail(['From: li.lei@example.cn', ...COMMON, 'Subject: 退款', 'Message-ID: <p-8@example.cn>', 'Auto-Submitted: auto-forwarded', '', ANGRY]),
};

function sesHarness(objects: Record<string, string>) {
  const queue = new CapturingQueue();
  const rejected: ChannelError[] = [];
  const ingest = createInboundMailHandler({
    readRawMail: async ({ key }) => new TextEncoder().encode(objects[key] ?? ''),
    queue,
    now: () => FIXED_NOW,
    onRejected: (_location, error) => rejected.push(error),
    discardRawMail: async () => {},
    onKept: () => {},
  });
  return { queue, rejected, ingest };
}

function sesRecord(messageId: string, verdicts: { spam?: string; virus?: string } = {}) {
  const record = structuredClone(sesLambdaEvent.Records[0]!);
  record.ses.mail.messageId = messageId;
  record.ses.receipt.spamVerdict.status = verdicts.spam ?? 'PASS';
  record.ses.receipt.virusVerdict.status = verdicts.virus ?? 'PASS';
  return record;
}

describe('automatic mail is received and never becomes feedback', () => {
  for (const [name, raw] of Object.entries(AUTOMATIC)) {
    it(`${name}: the webhook answers 200 ignored and queues nothing; SES logs and skips it`, async () => {
      const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
      const response = await app.request(toLocal(signedEmailRequest(raw)));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ignored: expect.stringMatching(/^(auto_reply|delivery_report|read_receipt|bulk)$/) });
      expect(queue.sent).toEqual([]);

      const ses = sesHarness({ 'inbound/auto': raw });
      expect(await ses.ingest(storedMailFromEvent({ Records: [sesRecord('auto')] }, { bucket: 'b', prefix: 'inbound/' }))).toEqual({ queued: 0, rejected: 1 });
      expect(ses.rejected.map((error) => error.code)).toEqual(['automatic_mail']);
      expect(ses.queue.sent).toEqual([]);
    });
  }

  for (const [name, raw] of Object.entries(PERSONAL)) {
    it(`${name}: a customer's mail, queued by both paths`, async () => {
      const { app, queue } = ingestHarness({ EMAIL_WEBHOOK_SECRET: SECRET });
      const response = await app.request(toLocal(signedEmailRequest(raw)));
      expect(response.status).toBe(202);
      expect(queue.sent).toHaveLength(1);
      const ses = sesHarness({ 'inbound/person': raw });
      expect(await ses.ingest(storedMailFromEvent({ Records: [sesRecord('person')] }, { bucket: 'b', prefix: 'inbound/' }))).toEqual({ queued: 1, rejected: 0 });
    });
  }

  it('SES: mail whose spam verdict is FAIL is logged and skipped unread, as a virus is; GRAY and PASS are read', async () => {
    const raw = PERSONAL['Auto-Submitted: no'] ?? '';
    const ses = sesHarness({ 'inbound/spam': raw, 'inbound/gray': raw.replace('p-1@', 'p-1g@'), 'inbound/virus': raw });
    const records = [sesRecord('spam', { spam: 'FAIL' }), sesRecord('gray', { spam: 'GRAY' }), sesRecord('virus', { virus: 'FAIL' })];
    expect(await ses.ingest(storedMailFromEvent({ Records: records }, { bucket: 'b', prefix: 'inbound/' }))).toEqual({ queued: 1, rejected: 2 });
    expect(ses.rejected.map((error) => error.code)).toEqual(['spam_detected', 'virus_detected']);
  });
});
