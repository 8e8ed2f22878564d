import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../ports.ts';
import { composeMail } from '../mime.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';

/**
 * One attempt per send: SendEmail is not idempotent, and the SDK's retry after an answer lost
 * (a timeout, a reset) mailed the digest again each time it landed (three times in a test
 * against the SES emulator). A failure goes back to sendDigest, which releases the claim only
 * when nothing can have gone out; the scheduler retries.
 */
const SEND_ONCE = { ...REQUEST_TIMEOUTS, maxAttempts: 1 };

/**
 * Sends through SES v2 as a raw MIME message: SES's `Simple` content cannot carry inline
 * (`cid:`) images, which the digest charts need.
 */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor({ client }: { client?: SESv2Client } = {}) {
    this.client = client ?? new SESv2Client(SEND_ONCE);
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const { raw } = await composeMail(mail);
    const { MessageId } = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: mail.from,
        Destination: { ToAddresses: mail.to },
        Content: { Raw: { Data: raw } },
      }),
    );
    if (!MessageId) throw new Error('SES accepted the mail but returned no MessageId');
    return { messageId: MessageId };
  }
}

/** An SES mailer for the configured region, or for an endpoint override (the SES emulator). */
export function createSesMailer({ endpoint, region }: { endpoint?: string; region?: string }): SesMailer {
  return new SesMailer({ client: new SESv2Client({ ...SEND_ONCE, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) }) });
}
