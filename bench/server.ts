/**
 * The servers the HTTP benchmarks load, each in its own process so the load generator does not
 * share its event loop: `bare` is a minimal Hono endpoint (the ceiling for this machine), `local`
 * is the real local mode (ingest, queue, processor, store) with a stats route for the benchmark.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../shared/config.ts';
import { createLocalRuntime } from '../shared/runtime/local.ts';

const [mode, port] = process.argv.slice(2);

function bareApp() {
  const app = new Hono();
  let counter = 0;
  app.post('/webhooks/forms/:formId', async (c) => {
    const body = (await c.req.json()) as { message?: string };
    if (!body.message) return c.json({ error: { code: 'invalid_submission', message: 'message is required' } }, 422);
    counter += 1;
    return c.json({ id: `fb_${counter}` }, 202);
  });
  return app;
}

function localApp() {
  const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')), RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'ERROR', FEEDBACK_API_KEYS: 'bench' });
  const runtime = createLocalRuntime(config);
  runtime.startProcessing();
  const app = new Hono();
  app.get('/bench/stats', (c) => c.json({ queueDepth: runtime.queue.depth, deadLetters: runtime.queue.deadLetters().length, rssBytes: process.memoryUsage().rss }));
  app.route('/', runtime.app);
  return app;
}

const app = mode === 'bare' ? bareApp() : localApp();
serve({ fetch: app.fetch, port: Number(port) }, () => process.stdout.write('ready\n'));
// A normal exit, so `node --cpu-prof` can write its profile when the benchmark stops the server.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
