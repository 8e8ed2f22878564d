import { parseEmail } from '../shared/channels/email/parse.ts';

const MEGABYTE = 1_000_000;
const header = (transferEncoding: string) =>
  `From: li@example.cn\r\nSubject: order\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ${transferEncoding}\r\n\r\n`;

/** The bodies that cost a MIME parser most per byte: many short lines. */
const bodies: Record<string, (bytes: number) => string> = {
  'Chinese prose, 29-byte lines': (bytes) => header('8bit') + '很好的服务，谢谢。\r\n'.repeat(bytes / 29),
  '3-byte lines': (bytes) => header('8bit') + '-\r\n'.repeat(bytes / 3),
  'base64 padded on every line': (bytes) => header('base64') + 'QQ==\r\n'.repeat(bytes / 6),
};

/** Parse time of mails at the webhook's ceiling (1 MB) and the ceiling SES accepts (40 MB). */
export async function run(): Promise<void> {
  console.log('email parse (MIME → event), one mail at a time');
  for (const [name, make] of Object.entries(bodies)) {
    const cells: string[] = [];
    for (const megabytes of [1, 40]) {
      const raw = new TextEncoder().encode(make(megabytes * MEGABYTE));
      const started = performance.now();
      await parseEmail(raw, { receivedAt: new Date(), via: 'ses', senderVerified: false });
      const seconds = (performance.now() - started) / 1000;
      cells.push(`${megabytes} MB ${(seconds * 1000).toFixed(0).padStart(5)} ms (${(megabytes / seconds).toFixed(1)} MB/s)`);
    }
    console.log(`  ${name.padEnd(30)} ${cells.join('   ')}`);
  }
}
