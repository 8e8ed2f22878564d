import { claimDataDir, liveOwner } from '../shared/adapters/local/data-dir-owner.ts';
import { MemoryQueue } from '../shared/adapters/local/memory-queue.ts';
import type { Config } from '../shared/config.ts';
import { existingDataDir } from './data-dir.ts';
import { askServer } from './server-request.ts';

/**
 * `feedback redrive`: after a fix, moves the local queue's dead letters back for another try.
 * With `feedback serve` running it asks that server (the one writer); otherwise it opens the
 * queue in DATA_DIR itself and the next `serve` processes them.
 */
export async function runRedriveCommand(config: Config): Promise<number> {
  const dataDir = existingDataDir(config, 'redrive');
  const server = liveOwner(dataDir);
  if (server?.url && server.token) {
    const response = await askServer(`${server.url}/_local/redrive`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } });
    if (!response.ok) throw new Error(`the server at ${server.url} refused the redrive: ${response.status} ${await response.text()}`);
    const { redriven } = (await response.json()) as { redriven: number };
    process.stdout.write(`redrove ${redriven} dead letter(s) through the server at ${server.url}\n`);
    return 0;
  }
  claimDataDir(dataDir);
  const redriven = await new MemoryQueue({ directory: dataDir }).redrive();
  process.stdout.write(`redrove ${redriven} dead letter(s) in ${dataDir}; the next \`feedback serve\` processes them\n`);
  return 0;
}
