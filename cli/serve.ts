import type { Config } from '../shared/config.ts';
import { channels } from '../shared/channels/index.ts';
import { createLocalHttpServer } from '../shared/http/client-errors.ts';
import { closeConnectionsLingering } from '../shared/http/lingering-close.ts';
import { createLocalRuntime } from '../shared/runtime/local.ts';
import { buildWeb } from '../web/build.ts';
import { UsageError } from './usage-error.ts';

/** `feedback serve`: ingest, queue, processor and API in one process on the embedded store. */
export async function serveCommand(config: Config): Promise<void> {
  const webDir = await buildWeb();
  const runtime = createLocalRuntime(config, { webDir });
  await runtime.finishInterruptedWork();
  runtime.startProcessing();
  const server = createLocalHttpServer(runtime.app.fetch, { requestIdleTimeoutMs: config.REQUEST_IDLE_TIMEOUT_SECONDS * 1000 });
  closeConnectionsLingering(server);
  server.listen(config.PORT);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await runtime.stop();
    if (error.code === 'EADDRINUSE') throw new UsageError(`PORT ${config.PORT} is in use by another program: stop it or choose another PORT`);
    if (error.code === 'EACCES') throw new UsageError(`PORT ${config.PORT} may not be opened by this user: choose a PORT above 1023`);
    throw error;
  });
  const base = `http://localhost:${config.PORT}`;
  runtime.advertise(base);
  const lines = [
    `feedback aggregator running in local mode on ${base}`,
    `  data directory   ${runtime.dataDir} (store and queue survive restarts)`,
    `  webhooks         ${channels.flatMap((c) => c.routes.map((r) => `${r.method} ${base}/webhooks${r.path}`)).join('\n                   ')}`,
    `  timeline API     ${base}/v1/customers?identity=email:…   (OpenAPI: ${base}/openapi.json)`,
    `  health           ${base}/healthz`,
    `  console          ${base}/console   (API reference: ${base}/docs)`,
    runtime.generatedKey
      ? `  API key          ${runtime.generatedKey}   (admin; shown only now, kept hashed in ${runtime.dataDir}/api-keys.json)`
      : `  API keys         ${(await runtime.keyRegistry.entries()).length} in ${runtime.dataDir}/api-keys.json, ${config.FEEDBACK_API_KEYS.length} from FEEDBACK_API_KEYS`,
    `                   more: ./bin/feedback keys create --scope read|write|admin --name <name>`,
    `  config           ${describeConfig(config)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const shutdown = async () => {
    server.close();
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// By how each secret setting's name ends: SECRETS_MAX_AGE_SECONDS and the secrets' ARNs are not secret.
const SECRET = /(?:TOKEN|SECRET|_KEYS?|PASSWORD)$|^SMTP_URL$/;

/** Every setting in use, secrets shown only as set or unset. */
export function describeConfig(config: Config): string {
  return Object.entries(config)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => `${name}=${SECRET.test(name) ? '(set)' : Array.isArray(value) ? value.join(',') : String(value)}`)
    .join(' ');
}
