import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runDigestCommand } from '../../cli/digest.ts';
import { runImportCommand } from '../../cli/import.ts';
import { UsageError } from '../../cli/usage-error.ts';
import { loadConfig } from '../../shared/config.ts';
import { clock, LAST_DAY } from './seeded-store.ts';
import { seedMonthEvents } from './seed-month.ts';

let directory: string;
let config: ReturnType<typeof loadConfig>;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'feedback-digest-cli-'));
  config = loadConfig({ DATA_DIR: join(directory, 'data'), MAIL_TRANSPORT: 'file', LOG_LEVEL: 'SILENT' });
  // Feed the local store the way a user would: a JSONL export through `feedback import`.
  const lines = seedMonthEvents({ lastDay: LAST_DAY, days: 14, perDay: 5 }).map((event) => {
    const [kind, value] = event.identities[0]!.split(/:(.*)/s);
    const identity = kind === 'email' ? { email: value } : kind === 'phone' ? { phone: value } : { wechatOpenId: value };
    return JSON.stringify({ channel: event.channel, receivedAt: event.receivedAt, text: event.text, rating: event.rating, ...identity });
  });
  await writeFile(join(directory, 'history.jsonl'), `${lines.join('\n')}\n`);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await runImportCommand([join(directory, 'history.jsonl')], config)).toBe(0);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

describe('feedback digest', () => {
  it('writes a self-contained HTML file and sends through the configured mailer once', async () => {
    const out = join(directory, 'weekly.html');
    const args = ['--period', 'weekly', '--date', '2026-11-20', '--out', out, '--send', '--to', 'boss@example.com'];
    expect(await runDigestCommand(args, config, clock)).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('客户反馈周报 · 2026-11-16 – 2026-11-22');
    expect(html).not.toContain('<img');
    expect(html).toContain('本期要点');

    expect(await runDigestCommand(args, config, clock)).toBe(0);
    const outbox = await readdir(join(config.DATA_DIR, 'outbox'));
    expect(outbox).toHaveLength(1);
    const eml = await readFile(join(config.DATA_DIR, 'outbox', outbox[0]!), 'utf8');
    expect(eml).toMatch(/^To: boss@example\.com/m);
    expect(eml).not.toContain('Content-Type: image/png');
    expect(eml).toContain('Content-Type: text/html');
  });

  it('refuses a bad period, language or date', async () => {
    expect(await runDigestCommand(['--period', 'monthly'], config, clock)).toBe(2);
    expect(await runDigestCommand(['--period', 'daily', '--lang', 'fr'], config, clock)).toBe(2);
    // A user's typo gets one line from the CLI, not a stack trace.
    await expect(runDigestCommand(['--period', 'daily', '--date', '2026-02-30'], config, clock)).rejects.toThrow(/not a calendar day/);
  });

  it('previews a period that has not ended but refuses to send it, claiming nothing (found by audit)', async () => {
    const outbox = async () => (await readdir(join(config.DATA_DIR, 'outbox')).catch(() => [])).length;
    const before = await outbox();
    // The clock is 08:30 on 23 November in Shanghai.
    const send = runDigestCommand(['--period', 'daily', '--date', '2026-11-23', '--send', '--to', 'early@example.com'], config, clock);
    await expect(send).rejects.toThrow(UsageError);
    await expect(runDigestCommand(['--period', 'weekly', '--date', '2026-11-25', '--send', '--to', 'early@example.com', '--force'], config, clock)).rejects.toThrow(
      /cannot be sent before its period ends/,
    );
    expect(await runDigestCommand(['--period', 'daily', '--date', '2026-11-23'], config, clock)).toBe(0);
    expect(process.stderr.write).toHaveBeenCalledWith(expect.stringContaining('has not ended: this preview shows it so far'));
    const tomorrow = { now: () => new Date('2026-11-24T00:30:00Z') };
    expect(await runDigestCommand(['--period', 'daily', '--send', '--to', 'early@example.com'], config, tomorrow)).toBe(0);
    expect(await outbox()).toBe(before + 1);
  });

  it('refuses a --to entry that is not one bare address, showing it escaped, and sends once per manager however the address is spelt (found by audit)', async () => {
    const outbox = async () => (await readdir(join(config.DATA_DIR, 'outbox')).catch(() => [])).length;
    const send = (to: string) => runDigestCommand(['--period', 'daily', '--date', '2026-11-12', '--send', '--to', to], config, clock);
    const before = await outbox();
    for (const to of ['not an address', 'Manager <m@example.com>', '<m@example.com>', 'm@example.com, boss']) {
      await expect(send(to)).rejects.toThrow(/^--to: ".*" is not a mail address such as ops@example\.com/);
    }
    const injected = await send('m@example.com\r\nBcc: all@example.com').catch((error: Error) => error);
    expect(injected).toBeInstanceOf(UsageError);
    expect((injected as Error).message).toContain('m@example.com\\u{d}\\u{a}Bcc: all@example.com');
    expect((injected as Error).message).not.toMatch(/[\r\n]/);
    expect(await outbox()).toBe(before);

    expect(await send('m@example.com')).toBe(0);
    for (const to of ['M@Example.com', ' m@example.com ,M@EXAMPLE.COM', 'm@ｅｘａｍｐｌｅ.com']) expect(await send(to)).toBe(0);
    expect(await outbox()).toBe(before + 1);
    expect(process.stdout.write).toHaveBeenCalledWith(expect.stringMatching(/^already sent digest#daily#2026-11-12#/));
  });

  it('needs recipients to send', async () => {
    expect(await runDigestCommand(['--period', 'daily', '--send'], config, clock)).toBe(2);
  });
});
