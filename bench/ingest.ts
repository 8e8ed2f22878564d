import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../test/support/serve-process.ts';
import { SAMPLE_MESSAGES } from './sample-messages.ts';

const SERVER = fileURLToPath(new URL('./server.ts', import.meta.url));
const DURATION_SECONDS = 8;
const CONNECTIONS = 32;
const END_TO_END_EVENTS = 5_000;

async function startServer(mode: 'bare' | 'local') {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, mode, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bench server ${mode} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

function formRequest(i: number) {
  return {
    method: 'POST' as const,
    path: '/webhooks/forms/bench',
    headers: { 'content-type': 'application/json' },
    // Each post its own message: the same fields from one address within 10 minutes are one.
    body: JSON.stringify({ message: `${SAMPLE_MESSAGES[i % SAMPLE_MESSAGES.length]} #${i}`, email: `customer${i % 2_000}@example.com`, rating: (i % 5) + 1 }),
  };
}

async function load(url: string, options: { duration?: number; amount?: number }) {
  let i = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    ...options,
    requests: [{ setupRequest: (request) => ({ ...request, ...formRequest(i++) }) }],
  });
}

/** Ingest req/s through the local HTTP server beside a bare Hono endpoint, and events/s end to end. */
export async function run(): Promise<void> {
  const bare = await startServer('bare');
  const bareResult = await load(bare.url, { duration: DURATION_SECONDS });
  bare.stop();

  const local = await startServer('local');
  const ingestResult = await load(local.url, { duration: DURATION_SECONDS });
  local.stop();

  const fresh = await startServer('local');
  const started = performance.now();
  const posted = await load(fresh.url, { amount: END_TO_END_EVENTS });
  const ingestDone = performance.now();
  let stats = { queueDepth: 1, deadLetters: 0, rssBytes: 0 };
  while (stats.queueDepth > 0) {
    await new Promise((r) => setTimeout(r, 20));
    stats = (await (await fetch(`${fresh.url}/bench/stats`)).json()) as typeof stats;
  }
  const finished = performance.now();
  fresh.stop();

  const accepted = posted['2xx'];
  const row = (name: string, r: autocannon.Result) =>
    `  ${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   non-2xx ${r.non2xx}`;
  console.log(`ingest over HTTP (${CONNECTIONS} connections, ${DURATION_SECONDS} s each, same machine, same run)`);
  console.log(row('bare Hono endpoint (ceiling)', bareResult));
  console.log(row('local mode POST /webhooks/forms', ingestResult));
  console.log(`  ratio local / bare: ${(ingestResult.requests.average / bareResult.requests.average).toFixed(2)}`);
  console.log(`end to end: ${END_TO_END_EVENTS} form posts → queue → classify → resolve → store`);
  console.log(`  accepted ${accepted}, dead-lettered ${stats.deadLetters}`);
  console.log(`  ingest phase ${((ingestDone - started) / 1000).toFixed(2)} s, all in the timeline after ${((finished - started) / 1000).toFixed(2)} s`);
  console.log(`  end-to-end throughput: ${(accepted / ((finished - started) / 1000)).toFixed(0)} events/s   (server RSS ${(stats.rssBytes / 2 ** 20).toFixed(0)} MiB)`);
}
