import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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

/** The live owner of the directory other than this process, if any; stale files are ignored. */
export function liveOwner(directory: string): DataDirOwner | undefined {
  const path = join(directory, FILE);
  if (!existsSync(path)) return undefined;
  let owner: DataDirOwner;
  try {
    owner = JSON.parse(readFileSync(path, 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
  if (owner.pid === process.pid) return undefined;
  try {
    process.kill(owner.pid, 0);
    return owner;
  } catch {
    return undefined;
  }
}

/** Takes the directory for this process (throws if another live process has it), until exit. */
export function claimDataDir(directory: string, details: Pick<DataDirOwner, 'url' | 'token'> = {}): void {
  const other = liveOwner(directory);
  if (other) throw new DataDirInUseError(directory, other);
  const path = join(directory, FILE);
  const owner: DataDirOwner = { pid: process.pid, startedAt: new Date().toISOString(), ...details };
  writeFileSync(path, JSON.stringify(owner), { mode: 0o600 });
  process.once('exit', () => {
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as DataDirOwner).pid === process.pid) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  });
}
