import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Mailer } from '../ports.ts';
import { FileMailer } from './local/file-mailer.ts';
import { SmtpMailer } from './smtp-mailer.ts';

/** The mail adapter MAIL_TRANSPORT names: an .eml outbox in DATA_DIR, SES, or any SMTP server. */
export async function createMailer(config: Config): Promise<Mailer & { close?(): void }> {
  switch (config.MAIL_TRANSPORT) {
    case 'file':
      return new FileMailer({ dataDir: resolve(config.DATA_DIR) });
    case 'smtp':
      if (!config.SMTP_URL) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL');
      return new SmtpMailer({ smtpUrl: config.SMTP_URL });
    case 'ses': {
      // Loaded only for SES, so local and SMTP users never load the AWS SDK.
      const { createSesMailer } = await import('./aws/ses-mailer.ts');
      return createSesMailer({ endpoint: config.SES_ENDPOINT, region: config.AWS_REGION });
    }
  }
}
