import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportRow } from '../../cli/import.ts';

const BIN = fileURLToPath(new URL('../../bin/feedback', import.meta.url));

function feedback(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'SILENT' };
  delete env['DATA_DIR'];
  return new Promise((resolve) => {
    execFile(BIN, args, { cwd, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('the CLI, used as a new user would', { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'cli-'));

  it.each([
    [['digest', '--period', 'daily', '--date', '2026-13-45'], /not a calendar day/],
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

  it('takes `message` for the text, as the web form calls it', () => {
    const row = ImportRow.parse({ channel: 'web', receivedAt: '2026-11-20T02:00:00Z', message: '快递太慢' });
    expect(row.text).toBe('快递太慢');
  });
});
