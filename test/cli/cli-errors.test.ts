import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportRow } from '../../cli/import.ts';
import { freePort } from '../support/serve-process.ts';

const BIN = fileURLToPath(new URL('../../bin/feedback', import.meta.url));

function environment(dataDir: string | undefined, settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'SILENT', ...settings };
  delete env['DATA_DIR'];
  if (dataDir !== undefined) env['DATA_DIR'] = dataDir;
  return env;
}

function feedback(args: string[], cwd: string, dataDir?: string, settings: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(BIN, args, { cwd, env: environment(dataDir, settings) }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

/** Runs the CLI with its stdout on /dev/full, where every write fails with ENOSPC, as on a full disk. */
async function feedbackWritingToFullDisk(args: string[], cwd: string, dataDir: string, settings: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  const full = openSync('/dev/full', 'w');
  try {
    const child = spawn(BIN, args, { cwd, env: environment(dataDir, settings), stdio: ['ignore', full, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    return { code, stderr };
  } finally {
    closeSync(full);
  }
}

/**
 * Runs `body` with a DATA_DIR a running `feedback serve` owns, as far as the CLI can tell: its rows
 * go to that server's processor, which here refuses every one (503 store_unavailable).
 */
async function withRefusingServer(body: (dataDir: string) => Promise<void>): Promise<void> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"code":"store_unavailable","message":"the store is unavailable"}}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-import-'));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(join(dataDir, 'owner.json'), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), url, token: 't' }));
    await body(dataDir);
  } finally {
    server.close();
  }
}

describe('the CLI, used as a new user would', { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'cli-'));

  it.each([
    [['digest', '--period', 'daily', '--date', '2026-13-45'], /not a calendar day/],
    [['digest', '--period', 'weekly', '--date', '9999-12-31'], /^--date 9999-12-31 is outside the days a digest covers, 0001-01-01 to 9998-12-31\n$/],
    [['digest', '--period', 'daily', '--date', '9999-12-31'], /^--date 9999-12-31 is outside the days a digest covers/],
    [['digest', '--period', 'weekly', '--date', '0000-01-01'], /^--date 0000-01-01 is outside the days a digest covers/],
    [['import', '/nonexistent.jsonl'], /cannot read \/nonexistent\.jsonl/],
    [['digest', '--bogus'], /Unknown option '--bogus'/],
  ])('answers %j with one clear line and exit code 2, no stack trace', async (args, message) => {
    const { code, stderr } = await feedback(args, folder);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the usage for --help after any command', async () => {
    const { code, stdout } = await feedback(['classify', '--help'], folder);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: feedback/);
  });

  it('refuses to import into a new store in a folder where nothing is served', async () => {
    const file = join(folder, 'rows.jsonl');
    writeFileSync(file, '{"channel":"web","receivedAt":"2026-11-20T02:00:00Z","message":"快递太慢","email":"a@example.com"}\n');
    const { code, stderr } = await feedback(['import', file], folder);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no data directory at .*\.data/);
    expect(existsSync(join(folder, '.data'))).toBe(false);
  });

  it.each([
    [['digest', '--period', 'daily']],
    [['digest', '--period', 'weekly', '--date', '2026-11-20', '--send', '--to', 'boss@example.com']],
    [['keys', 'list']],
    [['keys', 'create', '--scope', 'read', '--name', 'ops']],
    [['keys', 'revoke', 'key_1']],
    [['redrive']],
  ])('refuses %j in a folder where nothing is served, as import does, rather than work on a new, empty .data (found by audit)', async (args) => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'cli-elsewhere-'));
    const { code, stdout, stderr } = await feedback(args, elsewhere);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `no data directory at ${join(elsewhere, '.data')}: run ${args[0]} where \`feedback serve\` keeps its data, or set DATA_DIR\n` });
    expect(existsSync(join(elsewhere, '.data'))).toBe(false);
  });

  it.skipIf(!existsSync('/dev/full'))('reports a failed write of any command to stdout or to its --out file in one line naming it, exit 2, instead of a stack trace or lost output (found by audit)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-full-'));
    expect((await feedback(['keys', 'create', '--scope', 'read', '--name', 'ops'], folder, dataDir)).code).toBe(0);
    const reviews = join(folder, 'reviews.jsonl');
    // Past the 64 KiB classify gathers before a write, so one write fails mid-way and one at the last flush.
    writeFileSync(reviews, Array.from({ length: 5_000 }, (_, id) => `${JSON.stringify({ id, text: '快递太慢了' })}\n`).join(''));
    const stdout = 'cannot write to stdout: ENOSPC: no space left on device, write: the output is incomplete\n';
    for (const args of [
      ['keys', 'list'],
      ['keys', 'create', '--scope', 'read', '--name', 'lost'],
      ['digest', '--period', 'daily'],
      ['classify', '--jsonl', reviews],
      ['serve'],
    ]) {
      expect(await feedbackWritingToFullDisk(args, folder, dataDir, { PORT: String(await freePort()) }), args.join(' ')).toEqual({ code: 2, stderr: stdout });
    }
    // The key nobody could see was not added.
    expect((await feedback(['keys', 'list'], folder, dataDir)).stdout).not.toContain('lost');
    const out = await feedback(['digest', '--period', 'daily', '--out', '/dev/full'], folder, dataDir);
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'cannot write /dev/full: ENOSPC: no space left on device, write\n' });
  });

  it('keys create whose reader has gone (a closed pipe) creates no key and says so in one line, exit 2, not a stack trace (found by review)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
    expect((await feedback(['keys', 'create', '--scope', 'read', '--name', 'ops'], folder, dataDir)).code).toBe(0);
    const child = spawn(BIN, ['keys', 'create', '--scope', 'read', '--name', 'unseen'], { cwd: folder, env: environment(dataDir, {}), stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has started, so its one write meets a pipe with no reader (EPIPE).
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'cannot write the key to stdout: write EPIPE: no key was created\n' });
    expect((await feedback(['keys', 'list'], folder, dataDir)).stdout).not.toContain('unseen');
  });

  it('reports a CSV row whose field count is not the header\'s by line and counts, imports the rest and exits 1', async () => {
    const file = join(folder, 'counts.csv');
    writeFileSync(file, 'channel,receivedAt,text,email,rating\r\nweb,2026-11-20T02:00:00Z,"fine, thanks",whole@example.com,4\r\nweb,2026-11-20T03:00:00Z,no rating cell,short@example.com\r\n');
    const { code, stdout, stderr } = await feedback(['import', file], folder, mkdtempSync(join(tmpdir(), 'cli-import-')));
    expect(stderr).toMatch(/^line 3: 4 fields but the header has 5 columns/);
    expect(stdout).toMatch(/^imported 1, duplicates 0, bad 1 /);
    expect(code).toBe(1);
  });

  it('takes `message` for the text, as the web form calls it', () => {
    const row = ImportRow.parse({ channel: 'web', receivedAt: '2026-11-20T02:00:00Z', message: '快递太慢' });
    expect(row.text).toBe('快递太慢');
  });

  it.each([
    [['serve']],
    [['keys', 'create', '--scope', 'read', '--name', 'x']],
    [['redrive']],
  ])('answers %j on a DATA_DIR it cannot use (a file where the folder goes) with one line naming it, exit code 2', async (args) => {
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, 'x');
    for (const dataDir of [file, join(file, 'data')]) {
      const { code, stderr } = await feedback(args, folder, dataDir);
      expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringContaining(file) });
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names why an import stopped (the server refused a row) in one line, without a stack trace', async () => {
    await withRefusingServer(async (dataDir) => {
      const file = join(folder, 'refused.jsonl');
      writeFileSync(file, '{"channel":"web","receivedAt":"2026-11-20T02:00:00Z","message":"快递太慢","email":"a@example.com"}\n');
      const { code, stderr } = await feedback(['import', file], folder, dataDir);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^line 1: processing failed \(.*503.*store_unavailable.*\); fix the cause and import again/);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('an import stopped by a refused row still reports the bad lines before it and what it did, so the next run is not blind', async () => {
    await withRefusingServer(async (dataDir) => {
      const file = join(folder, 'bad-then-refused.jsonl');
      writeFileSync(file, '{not json\n{"channel":"fax","receivedAt":"2026-11-20T02:00:00Z","text":"x","email":"a@example.com"}\n{"channel":"web","receivedAt":"2026-11-20T02:00:00Z","message":"快递太慢","email":"a@example.com"}\n');
      const { code, stdout, stderr } = await feedback(['import', file], folder, dataDir);
      expect(code).toBe(1);
      expect(stderr.split('\n')).toEqual([
        expect.stringMatching(/^line 1: not valid JSON/),
        expect.stringMatching(/^line 2: channel:/),
        expect.stringMatching(/^line 3: processing failed \(.*503.*\); fix the cause and import again/),
        '',
      ]);
      expect(stdout).toMatch(/^imported 0, duplicates 0, bad 2, stopped at line 3 /);
    });
  });

  it('names a server that went away mid-import or mid-redrive (killed, say) in one line, without a stack trace', async () => {
    // Accepts each connection and drops it, as a `feedback serve` killed mid-request does.
    const server = createNetServer((socket) => socket.destroy());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'cli-gone-'));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      writeFileSync(join(dataDir, 'owner.json'), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), url, token: 't' }));
      const file = join(folder, 'gone.jsonl');
      writeFileSync(file, '{"channel":"web","receivedAt":"2026-11-20T02:00:00Z","message":"快递太慢","email":"a@example.com"}\n');
      const imported = await feedback(['import', file], folder, dataDir);
      const redriven = await feedback(['redrive'], folder, dataDir);
      // fetch either fails on the dropped connection or waits on it forever: both are a failed run, said in one line.
      const gone = /^(line 1: processing failed \()?the server at http:\/\/127\.0\.0\.1:\d+ stopped answering|^the command stopped before it finished: .* went away/;
      for (const { code, stderr } of [imported, redriven]) {
        expect([code, stderr]).toEqual([1, expect.stringMatching(gone)]);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      }
    } finally {
      server.close();
    }
  });

  it.each([
    [{ REPORT_TIME_ZONE: 'Mars/Base' }, /^invalid configuration: REPORT_TIME_ZONE: "Mars\/Base" is not a time zone/],
    [{ DEFAULT_PHONE_REGION: 'XX' }, /^invalid configuration: DEFAULT_PHONE_REGION: "XX" is not a region with a phone numbering plan/],
    [{ DEFAULT_PHONE_REGION: 'AQ' }, /^invalid configuration: DEFAULT_PHONE_REGION: "AQ"/],
    [{ COMPLAINT_TAXONOMY_FILE: '/nonexistent.json' }, /^invalid configuration: COMPLAINT_TAXONOMY_FILE: \/nonexistent\.json: ENOENT/],
    [{ FORMS_ALLOWED_ORIGINS: 'notaurl' }, /^invalid configuration: FORMS_ALLOWED_ORIGINS: each entry must be an origin/],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, /^invalid configuration: PUBLIC_BASE_URL: must be a https or http URL/],
  ])('refuses to serve with %j (every message would fail or every national number be refused): one line naming it, exit code 2', async (settings, message) => {
    const port = await freePort();
    const { code, stderr } = await feedback(['serve'], folder, mkdtempSync(join(tmpdir(), 'cli-config-')), { ...settings, PORT: String(port), FEEDBACK_API_KEYS: 'k' });
    expect({ code, stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says in one line why a digest was not sent and that the next attempt sends it, when the mail server refuses the connection', async () => {
    const closedPort = await freePort();
    const settings = { MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://digest:secret@127.0.0.1:${closedPort}` };
    const { code, stderr } = await feedback(['digest', '--period', 'daily', '--send', '--to', 'boss@example.com'], folder, mkdtempSync(join(tmpdir(), 'cli-mail-')), settings);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^digest digest#daily#\S+ could not be sent; its claim was released, so the next attempt sends it \(.*ECONNREFUSED.*\)\n$/);
    expect(stderr).not.toContain('secret');
  });

  it('refuses to serve on a port another program holds: one line naming it, exit code 2', async () => {
    const holder = createServer();
    holder.listen(0);
    await once(holder, 'listening');
    try {
      const port = (holder.address() as AddressInfo).port;
      const { code, stderr } = await feedback(['serve'], folder, mkdtempSync(join(tmpdir(), 'cli-port-')), { PORT: String(port), FEEDBACK_API_KEYS: 'k' });
      expect({ code, stderr }).toEqual({ code: 2, stderr: `PORT ${port} is in use by another program: stop it or choose another PORT\n` });
    } finally {
      holder.close();
    }
  });

  it("shows a bad row's own values with their control characters escaped: a cell from someone else's export does not retitle, clear or write to the terminal", async () => {
    const file = join(folder, 'escapes.csv');
    writeFileSync(file, 'channel,receivedAt,text,email\r\nweb,2026-11-20T02:00:00Z,hello,"evil@example.com\u001b]0;pwned\u0007\u001b[2J"\r\n');
    const { code, stderr } = await feedback(['import', file], folder, mkdtempSync(join(tmpdir(), 'cli-import-')));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^line 2: /);
    expect(stderr).not.toMatch(/[\u001b\u0007]/);
    expect(stderr).toContain('\\u{1b}]0;pwned\\u{7}');
  });

  it('refuses a key name with a control character or a line break, and lists key names escaped; a key file that is not keys is named in one line, exit 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-keys-'));
    for (const name of ['ops\u001b[2J', 'two\nlines', 'bidi\u202e']) {
      const refused = await feedback(['keys', 'create', '--scope', 'read', '--name', name], folder, dataDir);
      expect([refused.code, refused.stderr], JSON.stringify(name)).toEqual([2, expect.stringMatching(/^--name may not hold a control character/)]);
    }
    writeFileSync(join(dataDir, 'api-keys.json'), JSON.stringify({ keys: [{ id: 'key_1', name: 'old\u001b[2J', scope: 'read', hash: 'x'.repeat(64) }] }));
    const listed = await feedback(['keys', 'list'], folder, dataDir);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('old\\u{1b}[2J');
    for (const broken of ['{bad', '[{"id":1}]', '{"keys":[{"id":1}]}']) {
      writeFileSync(join(dataDir, 'api-keys.json'), broken);
      const answer = await feedback(['keys', 'list'], folder, dataDir);
      expect([answer.code, answer.stderr.trim().split('\n')], broken).toEqual([2, [expect.stringMatching(/api-keys\.json cannot be read as API keys/)]]);
    }
  });
});
