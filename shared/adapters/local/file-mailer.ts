import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, OutgoingMail } from '../../ports.ts';
import { composeMail } from '../mime.ts';

/**
 * Local mode's "mail server": each mail becomes `<dataDir>/outbox/<time>-<id>.eml`, which any
 * mail client opens, so digests can be checked without SMTP or AWS.
 */
export class FileMailer implements Mailer {
  readonly outbox: string;

  constructor({ dataDir }: { dataDir: string }) {
    this.outbox = join(dataDir, 'outbox');
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const { raw, messageId } = await composeMail(mail);
    await mkdir(this.outbox, { recursive: true });
    // Time first so a directory listing reads in sending order; the id keeps names unique.
    const safeId = messageId.replace(/[^A-Za-z0-9.@-]/g, '');
    await writeFile(join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeId}.eml`), raw);
    return { messageId };
  }
}
