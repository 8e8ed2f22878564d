import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseEmail } from '../shared/channels/email/parse.ts';

const MEGABYTE = 1_000_000;
const header = (transferEncoding: string, format = '') =>
  `From: li@example.cn\r\nSubject: order\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8${format}\r\nContent-Transfer-Encoding: ${transferEncoding}\r\n\r\n`;

/** The bodies that cost a MIME parser and the quote stripper most per byte: many short lines. */
const bodies: Record<string, (bytes: number) => string> = {
  'Chinese prose, 29-byte lines': (bytes) => header('8bit') + '很好的服务，谢谢。\r\n'.repeat(bytes / 29),
  '3-byte lines': (bytes) => header('8bit') + '-\r\n'.repeat(bytes / 3),
  'base64 padded on every line': (bytes) => header('base64') + 'QQ==\r\n'.repeat(bytes / 6),
  '2-byte lines, bare CR': (bytes) => header('8bit') + 'a\r'.repeat(bytes / 2),
  '2-byte lines, bare LF': (bytes) => header('8bit') + 'a\n'.repeat(bytes / 2),
  'format=flowed, 6-byte lines': (bytes) => header('8bit', '; format=flowed; delsp=yes') + '差 \r\n'.repeat(bytes / 6),
};

/** One mail parsed in a process of its own, so its peak RSS is its own. */
function measureInChild(name: string, megabytes: number): Promise<{ seconds: number; peakMegabytes: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--measure', name, String(megabytes)], { execArgv: ['--import', 'tsx'] });
    child.once('message', (result) => resolve(result as { seconds: number; peakMegabytes: number }));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${name} at ${megabytes} MB: the child exited with ${code}`))));
  });
}

/** Parse time and peak RSS of mails at the webhook's ceiling (1 MB) and the ceiling SES accepts (40 MB; the Lambda has 512 MB). */
export async function run(): Promise<void> {
  console.log('email parse (MIME → event), one mail per process: time and the process\'s peak RSS');
  for (const name of Object.keys(bodies)) {
    const cells: string[] = [];
    for (const megabytes of [1, 40]) {
      const { seconds, peakMegabytes } = await measureInChild(name, megabytes);
      cells.push(`${megabytes} MB ${(seconds * 1000).toFixed(0).padStart(5)} ms (${(megabytes / seconds).toFixed(1)} MB/s, peak RSS ${peakMegabytes.toFixed(0)} MB)`);
    }
    console.log(`  ${name.padEnd(30)} ${cells.join('   ')}`);
  }
}

if (process.argv[2] === '--measure') {
  const [name, megabytes] = process.argv.slice(3);
  const raw = new TextEncoder().encode(bodies[name!]!(Number(megabytes) * MEGABYTE));
  const started = performance.now();
  await parseEmail(raw, { receivedAt: new Date(), via: 'ses', senderVerified: false });
  const seconds = (performance.now() - started) / 1000;
  process.send!({ seconds, peakMegabytes: (process.resourceUsage().maxRSS * 1024) / MEGABYTE }, () => process.exit(0));
}
