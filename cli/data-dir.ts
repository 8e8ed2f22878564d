import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../shared/config.ts';
import { UsageError } from './usage-error.ts';

/**
 * The data directory of a command that reads or writes the local store (its items, queue, keys,
 * outbox and digest claims). Run from another folder, the default .data would be a new, empty
 * store nobody serves: an all-zero digest, a claim or key the server never sees. A DATA_DIR set
 * on purpose may be new.
 */
export function existingDataDir(config: Config, command: string): string {
  const dataDir = resolve(config.DATA_DIR);
  if (config.DATA_DIR === loadConfig({}).DATA_DIR && !existsSync(dataDir)) {
    throw new UsageError(`no data directory at ${dataDir}: run ${command} where \`feedback serve\` keeps its data, or set DATA_DIR`);
  }
  return dataDir;
}
