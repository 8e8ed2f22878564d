import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../shared/config.ts';
import { createLocalHttpServer } from '../../shared/http/client-errors.ts';
import { createLocalRuntime } from '../../shared/runtime/local.ts';
import { buildWeb } from '../../web/build.ts';

/**
 * The local server as cli/serve.ts runs it (createLocalHttpServer over @hono/node-server), in this
 * process, over a fresh DATA_DIR with the console built: for tests that speak real HTTP to it.
 */
export async function startLocalServer(name: string, apiKey: string): Promise<{ base: string; stop(): Promise<void> }> {
  const directory = mkdtempSync(join(tmpdir(), `${name}-`));
  const webDir = await buildWeb(join(directory, 'web'), { sourceMap: false });
  const runtime = createLocalRuntime(loadConfig({ DATA_DIR: join(directory, 'data'), LOG_LEVEL: 'ERROR', FEEDBACK_API_KEYS: apiKey }), { webDir });
  await runtime.finishInterruptedWork();
  const server: Server = createLocalHttpServer(runtime.app.fetch, { requestIdleTimeoutMs: 30_000 });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await runtime.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
