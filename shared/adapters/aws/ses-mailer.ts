import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../ports.ts';
import { composeMail } from '../mime.ts';
import { REQUEST_TIMEOUTS } from './request-timeouts.ts';

/**
 * Sends through SES v2 as a raw MIME message: SES's `Simple` content cannot carry inline
 * (`cid:`) images, which the digest charts need.
 */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor({ client }: { client?: SESv2Client } = {}) {
    this.client = client ?? new SESv2Client(REQUEST_TIMEOUTS);
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
  return new SesMailer({ client: new SESv2Client({ ...REQUEST_TIMEOUTS, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) }) });
}
