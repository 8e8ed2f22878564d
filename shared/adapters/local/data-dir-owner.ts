import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The process that owns a DATA_DIR: the only one that may write its journals. */
export interface DataDirOwner {
  pid: number;
  startedAt: string;
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

function readOwner(path: string): DataDirOwner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
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
 * Takes the directory for this process until exit, before anything in it is opened: the owner
 * file is linked into place whole, so of two processes starting at once exactly one gets it. A file
 * left by a dead process is moved aside (rename is atomic) and the claim tried again.
 */
export function claimDataDir(directory: string, details: Pick<DataDirOwner, 'url' | 'token'> = {}): void {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, FILE);
  const owner: DataDirOwner = { pid: process.pid, startedAt: new Date().toISOString(), ...details };
  if (readOwner(path)?.pid === process.pid) {
    // Already ours (serve publishing its URL): replace atomically so readers never see half a file.
    writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(owner), { mode: 0o600 });
    renameSync(`${path}.${process.pid}.tmp`, path);
    return;
  }
  // The claim appears whole: written to a file of our own, then linked into place (link fails if
  // the name exists). Created in place with O_EXCL, it would be empty for a moment, and a racing
  // starter reading an empty file takes it for a dead owner's and moves it aside.
  const ours = `${path}.${process.pid}.claim`;
  writeFileSync(ours, JSON.stringify(owner), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        linkSync(ours, path);
        releaseAtExit(path);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readOwner(path);
      if (current && isAlive(current.pid)) throw new DataDirInUseError(directory, current);
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch {
        continue; // Another starter moved it first; the next attempt sees what it left.
      }
      const movedAside = readOwner(aside);
      if (movedAside && movedAside.pid !== current?.pid && isAlive(movedAside.pid)) {
        // A racing starter claimed it between our read and our rename: give it back.
        linkSync(aside, path);
        unlinkSync(aside);
        throw new DataDirInUseError(directory, movedAside);
      }
      unlinkSync(aside);
    }
    const current = readOwner(path);
    throw new DataDirInUseError(directory, current ?? { pid: 0, startedAt: '' });
  } finally {
    unlinkSync(ours);
  }
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
