import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from '../ports.ts';

export interface ComposedMail {
  /** The complete RFC 5322 message, ready for SES `Content.Raw`, SMTP or an .eml file. */
  raw: Buffer;
  /** The Message-ID header, angle brackets included. */
  messageId: string;
}

/**
 * The one place a mail becomes MIME, shared by every Mailer so all transports send the same
 * bytes: multipart/alternative of UTF-8 text and a multipart/related HTML part carrying the
 * inline images (`cid:`). nodemailer encodes non-ASCII headers (Chinese subjects) as RFC 2047
 * encoded-words and bodies as base64/quoted-printable, so nothing depends on 8-bit transport.
 */
export function composeMail(mail: OutgoingMail): Promise<ComposedMail> {
  const node = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: (mail.inlineImages ?? []).map((image) => ({
      filename: image.filename,
      contentType: image.contentType,
      content: Buffer.from(image.content),
      cid: image.contentId,
      contentDisposition: 'inline' as const,
    })),
  }).compile();
  return new Promise((resolve, reject) => {
    node.build((error, raw) => (error ? reject(error) : resolve({ raw, messageId: node.messageId() })));
  });
}
