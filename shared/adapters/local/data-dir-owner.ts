import { createHash, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The process that owns a DATA_DIR: the only one that may write its journals. */
export interface DataDirOwner {
  pid: number;
  startedAt: string;
  /** Makes every claim's bytes unique, so a dead claim is never mistaken for a new one. */
  nonce?: string;
  /** Set by `feedback serve`: where other local commands can reach the pipeline. */
  url?: string;
  /** Authorises those commands on the server's local control routes. */
  token?: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly directory: string,
    readonly owner: DataDirOwner,
  ) {
    super(
      `${directory} is in use by process ${owner.pid}${owner.url ? ` (feedback serve at ${owner.url})` : ''}: ` +
        'two processes writing one data directory would lose data; stop it or choose another DATA_DIR',
    );
  }
}

const FILE = 'owner.json';

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseOwner(text: string): DataDirOwner | undefined {
  try {
    const owner = JSON.parse(text) as DataDirOwner;
    return Number.isInteger(owner?.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

function readOwner(path: string): DataDirOwner | undefined {
  const text = readText(path);
  return text === undefined ? undefined : parseOwner(text);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of the directory other than this process, if any; stale files are ignored. */
export function liveOwner(directory: string): DataDirOwner | undefined {
  const owner = readOwner(join(directory, FILE));
  if (!owner || owner.pid === process.pid || !isAlive(owner.pid)) return undefined;
  return owner;
}

/**
 * Takes the directory for this process until exit, before anything in it is opened. The claim is
 * written whole to a file of our own and linked into place (link fails if the name exists), so of
 * several processes starting at once exactly one gets it.
 */
export function claimDataDir(directory: string, details: Pick<DataDirOwner, 'url' | 'token'> = {}): void {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, FILE);
  const owner: DataDirOwner = { pid: process.pid, startedAt: new Date().toISOString(), nonce: randomUUID(), ...details };
  if (readOwner(path)?.pid === process.pid) {
    // Already ours (serve publishing its URL): replace atomically so readers never see half a file.
    writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(owner), { mode: 0o600 });
    renameSync(`${path}.${process.pid}.tmp`, path);
    return;
  }
  const ours = `${path}.${process.pid}.claim`;
  writeFileSync(ours, JSON.stringify(owner), { mode: 0o600 });
  try {
    const holder = linkInto(ours, path, 0);
    if (holder) throw new DataDirInUseError(directory, holder);
    releaseAtExit(path);
  } finally {
    unlinkSync(ours);
  }
}

const BREAK_DEPTH = 3;
const WAIT_FOR_BREAKER_MS = 2_000;

/**
 * Links our claim to `name`, or returns the live process holding it. A dead holder's file is
 * removed only under a second lock named after that file's exact bytes, and only after reading
 * under that lock that the bytes are still there: a starter that read the dead claim a moment ago
 * can never remove the live claim that has since replaced it. (Moving the file aside and giving it
 * back when it proved live let a third starter link in between: two owners, seen in a full run.)
 */
function linkInto(claim: string, name: string, depth: number): DataDirOwner | undefined {
  const giveUpAt = Date.now() + WAIT_FOR_BREAKER_MS;
  for (;;) {
    try {
      linkSync(claim, name);
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = readText(name);
    if (held === undefined) continue; // Removed between our link and our read: try again.
    const holder = parseOwner(held);
    if (holder && isAlive(holder.pid)) return holder;
    if (depth === BREAK_DEPTH) throw new Error(`${name}: too many dead processes left claims on it; remove it by hand`);
    const breakLock = `${name}.break-${createHash('sha256').update(held).digest('hex').slice(0, 16)}`;
    const breaker = linkInto(claim, breakLock, depth + 1);
    if (!breaker) {
      if (readText(name) === held) unlinkSync(name);
      unlinkSync(breakLock);
      continue;
    }
    // Another starter is removing the dead claim: wait for it to finish, then see who holds it.
    if (Date.now() > giveUpAt) return breaker;
    pause(5);
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function releaseAtExit(path: string): void {
  process.once('exit', () => {
    if (readOwner(path)?.pid === process.pid) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    }
  });
}
