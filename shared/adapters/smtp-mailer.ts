import { createTransport, type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail } from '../ports.ts';
import { composeMail } from './mime.ts';

/** Sends through any SMTP server given as a URL, e.g. `smtps://user:pass@smtp.example.com`. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor({ smtpUrl }: { smtpUrl: string }) {
    this.transport = createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const { raw, messageId } = await composeMail(mail);
    // The envelope is given explicitly: with `raw`, nodemailer does not read addresses from headers.
    await this.transport.sendMail({ envelope: { from: mail.from, to: mail.to }, raw });
    return { messageId };
  }

  close(): void {
    this.transport.close();
  }
}
