import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Puts every temporary directory of this run — its own, its child processes' and its libraries'
 * (CDK's assembly, Chromium's profile) — under one directory, removed by the function returned:
 * no caller has to remember its own clean-up, and /tmp does not grow with every run. Works
 * because `os.tmpdir()` reads TMPDIR on each call and child processes inherit the environment.
 */
export function isolateTemporaryFiles(prefix: string): () => void {
  const previous = process.env.TMPDIR;
  const runDirectory = mkdtempSync(join(tmpdir(), prefix));
  process.env.TMPDIR = runDirectory;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDirectory, { recursive: true, force: true, maxRetries: 3 });
  };
}
