import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claimDataDir, DataDirInUseError } from '../../shared/adapters/local/data-dir-owner.ts';
import { loadConfig } from '../../shared/config.ts';
import { createLocalRuntime } from '../../shared/runtime/local.ts';

const run = promisify(execFile);
const NO_SUCH_PID = 4_194_000;
const freshDir = () => mkdtempSync(join(tmpdir(), 'owner-'));
const breakLockOf = (directory: string, claim: string) => join(directory, `owner.json.break-${createHash('sha256').update(claim).digest('hex').slice(0, 16)}`);
const writeOwner = (directory: string, pid: number) => writeFileSync(join(directory, 'owner.json'), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z' }));

describe('claiming a DATA_DIR', () => {
  it('refuses a directory a live process owns', () => {
    const directory = freshDir();
    writeOwner(directory, process.ppid);
    expect(() => claimDataDir(directory)).toThrow(DataDirInUseError);
  });

  it('takes over a directory whose owner is dead', () => {
    const directory = freshDir();
    writeOwner(directory, NO_SUCH_PID);
    claimDataDir(directory);
    expect(JSON.parse(readFileSync(join(directory, 'owner.json'), 'utf8')).pid).toBe(process.pid);
  });

  it('leaves a dead claim to the live process already removing it, and names that process when refused', () => {
    const directory = freshDir();
    writeOwner(directory, NO_SUCH_PID);
    const deadClaim = readFileSync(join(directory, 'owner.json'), 'utf8');
    writeFileSync(breakLockOf(directory, deadClaim), JSON.stringify({ pid: process.ppid, startedAt: '2026-01-01T00:00:00.000Z' }));
    let refusal: unknown;
    try {
      claimDataDir(directory);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect((refusal as DataDirInUseError).owner.pid).toBe(process.ppid);
    expect(readFileSync(join(directory, 'owner.json'), 'utf8')).toBe(deadClaim);
  });

  it('takes over when the process that was removing a dead claim died too', () => {
    const directory = freshDir();
    writeOwner(directory, NO_SUCH_PID);
    const deadClaim = readFileSync(join(directory, 'owner.json'), 'utf8');
    writeFileSync(breakLockOf(directory, deadClaim), JSON.stringify({ pid: NO_SUCH_PID + 1, startedAt: '2026-01-01T00:00:00.000Z' }));
    claimDataDir(directory);
    expect(JSON.parse(readFileSync(join(directory, 'owner.json'), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(directory).filter((name) => name !== 'owner.json')).toEqual([]);
  });

  it('is claimed before the journals are opened: a refused start does not touch them', () => {
    const directory = freshDir();
    const journal = join(directory, 'store.journal.jsonl');
    writeFileSync(journal, '{"op":"customer"');
    writeOwner(directory, process.ppid);
    expect(() => createLocalRuntime(loadConfig({ DATA_DIR: directory, LOG_LEVEL: 'SILENT' }))).toThrow(DataDirInUseError);
    expect(readFileSync(journal, 'utf8')).toBe('{"op":"customer"');
    expect(readdirSync(directory).filter((name) => name.includes('.torn-'))).toEqual([]);
  });

  it('lets exactly one of several processes starting at once have it', { timeout: 30_000 }, async () => {
    const directory = freshDir();
    writeOwner(directory, NO_SUCH_PID);
    const claimer = `
      import { claimDataDir } from ${JSON.stringify(new URL('../../shared/adapters/local/data-dir-owner.ts', import.meta.url).pathname)};
      const start = Number(process.argv[1]);
      while (Date.now() < start) {}
      try { claimDataDir(process.argv[2]); console.log('claimed'); setTimeout(() => {}, 1500); }
      catch (error) { console.log(error.constructor.name === 'DataDirInUseError' ? 'refused' : 'failed ' + error.message); }`;
    const start = Date.now() + 2_500;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', claimer, String(start), directory]).then(({ stdout }) => stdout.trim())),
    );
    expect(results.filter((r) => r === 'claimed'), results.join(' | ')).toHaveLength(1);
    expect(results.filter((r) => r === 'refused')).toHaveLength(7);
  });
});
