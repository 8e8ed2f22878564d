import { Readable } from 'node:stream';
import { createTransport, type Transporter } from 'nodemailer';
import { MailOutcomeUnknownError, type Mailer, type OutgoingMail } from '../ports.ts';
import { composeMail } from './mime.ts';

/** Sends through any SMTP server given as a URL, e.g. `smtps://user:pass@smtp.example.com`. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor({ smtpUrl }: { smtpUrl: string }) {
    this.transport = createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const { raw, messageId } = await composeMail(mail);
    // A server takes a message only at the end of its data: a connection lost before that sent
    // nothing, one lost after it may have sent it (nodemailer reports both alike), unless the
    // server's reply (a response code) said which.
    const content = Readable.from([raw]);
    let handedOver = false;
    content.once('end', () => (handedOver = true));
    try {
      // The envelope is given explicitly: with `raw`, nodemailer does not read addresses from headers.
      await this.transport.sendMail({ envelope: { from: mail.from, to: mail.to }, raw: content });
    } catch (error) {
      if (handedOver && (error as { responseCode?: unknown }).responseCode === undefined) throw new MailOutcomeUnknownError(error);
      throw error;
    }
    return { messageId };
  }

  close(): void {
    this.transport.close();
  }
}
