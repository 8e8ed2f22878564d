import type { Email } from 'postal-mime';

/**
 * Why a mail was written by a machine rather than a person: an auto-reply (out of office), a
 * bounce or other delivery report, a read receipt, bulk mail. None of it is a customer's word,
 * and it must not become a complaint, an urgent item or a negative day.
 */
export type AutomaticMail = 'auto_reply' | 'delivery_report' | 'read_receipt' | 'mail_report' | 'bulk';

// RFC 3834: anything but "no" marks the message as sent by a process (auto-replied, auto-generated,
// auto-notified). "auto-forwarded", which forwarding rules write, is a person's mail passed on by one.
const AUTO_SUBMITTED = /^\s*(?!(?:no|auto-forwarded)\s*(?:;|$))[a-z-]+/i;
// Set by vacation responders that predate RFC 3834 (procmail, cPanel, Zimbra, …).
const AUTO_REPLY_HEADERS = new Set(['x-autoreply', 'x-autorespond', 'x-autoresponder']);
const NOT_SET = /^\s*(?:no|false|0)?\s*$/i;
const BULK_PRECEDENCE = /^\s*(?:bulk|junk|auto_reply)\s*$/i;
const REPORT_TYPE = /report-type\s*=\s*"?([a-z-]+)/i;
// postmaster is not here: RFC 5321 makes it a mailbox people read and write from, and its real
// bounces carry a report part or the null reverse path, which the other rules catch.
const DAEMON_SENDER = 'mailer-daemon';
/**
 * The subjects vacation responders write when they set no header (QQ Mail, 163, Exchange in
 * Chinese, Outlook.com in English). Only with In-Reply-To or References: an auto-reply answers a
 * mail we sent, where a customer who starts a mail with "自动回复：" is writing to us.
 */
const AUTO_REPLY_SUBJECT = /^\s*(?:自动回复|自動回覆|自動回復|自动答复|自動答覆|automatic reply|auto[- ]?reply|autoreply|out of (?:the )?office(?: reply| autoreply)?)\s*[:：]/i;

function header(email: Email, name: string): string | undefined {
  return email.headers.find((h) => h.key === name)?.value;
}

function reportKind(email: Email): AutomaticMail | undefined {
  const contentType = header(email, 'content-type') ?? '';
  if (!/^\s*multipart\/report\b/i.test(contentType)) return undefined;
  const reportType = REPORT_TYPE.exec(contentType)?.[1]?.toLowerCase();
  if (reportType === 'delivery-status') return 'delivery_report';
  if (reportType === 'disposition-notification') return 'read_receipt';
  return 'mail_report';
}

/**
 * The reason a mail is machine-written, or undefined for a mail a person may have written. Only
 * marks the mail's writer sets count: X-Auto-Response-Suppress asks that the mail not be answered
 * automatically, and Exchange organisations and list servers add it to their people's mail.
 */
export function automaticMail(email: Email): AutomaticMail | undefined {
  const report = reportKind(email);
  if (report) return report;
  // The null reverse path: bounces must use it, and RFC 3834 asks auto-replies to.
  const returnPath = header(email, 'return-path');
  if (returnPath !== undefined && returnPath.replace(/[<>\s]/g, '') === '') return 'delivery_report';
  const localPart = email.from && !email.from.group ? email.from.address.split('@')[0]?.toLowerCase() : undefined;
  if (localPart === DAEMON_SENDER) return 'delivery_report';
  const autoSubmitted = header(email, 'auto-submitted');
  if (autoSubmitted !== undefined && AUTO_SUBMITTED.test(autoSubmitted)) return 'auto_reply';
  if (email.headers.some((h) => AUTO_REPLY_HEADERS.has(h.key) && !NOT_SET.test(h.value))) return 'auto_reply';
  if (BULK_PRECEDENCE.test(header(email, 'precedence') ?? '')) return 'bulk';
  if ((email.inReplyTo || email.references) && AUTO_REPLY_SUBJECT.test(email.subject ?? '')) return 'auto_reply';
  return undefined;
}
