import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A file of the team's reference data, `../shared/data/` beside the checkout (not the repo's own
 * `shared/`): found from this file, not the working directory, so scripts and tests run from anywhere.
 */
export function sharedDataFile(path: string): string {
  return fileURLToPath(new URL(`../../shared/data/${path}`, import.meta.url));
}

/** Its text; a missing file says what it is and where it was looked for, not a bare ENOENT. */
export function readSharedData(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${file} not found: the corpus joins its review texts from the team's data in ../shared/data/ beside the checkout (README, "Requirements")`);
  }
  return readFileSync(file, 'utf8');
}
