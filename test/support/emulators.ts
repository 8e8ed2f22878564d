/**
 * Local stand-ins for the AWS services the adapters talk to, all from npm packages so a fresh
 * clone needs nothing but `npm ci` (and Java for DynamoDB Local):
 * - DynamoDB Local: the jar inside `amplify-dynamodb-simulator`, run as a Java child process;
 * - SQS: `fauxqs`, in-process;
 * - SES v2: `aws-ses-v2-local`, in-process (it keeps received mail for `GET /store`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { startFauxqs } from 'fauxqs';

const require = createRequire(import.meta.url);

export interface Emulator {
  endpoint: string;
  /** Milliseconds from start to the first answered request. */
  startupMs: number;
  /** The emulator's own process, when it runs in one (benchmarks read its CPU time). */
  pid?: number;
  stop(): Promise<void>;
}

/** What the handler modules read from the environment to reach the emulators instead of AWS. */
export function handlerEnvironment(endpoints: { dynamodb: string; sqs: string }, resources: { tableName: string; queueUrl: string }): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    TABLE_NAME: resources.tableName,
    QUEUE_URL: resources.queueUrl,
  };
}

/** Dummy credentials: the emulators check that a signature is present, never what it is. */
export const EMULATOR_CLIENT_CONFIG = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
} as const;

export async function freePort(): Promise<number> {
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** Polls until anything answers over HTTP (status does not matter: it proves the listener is up). */
async function waitForHttp(url: string, timeoutMs: number, failed: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = failed();
    if (failure) throw failure;
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'DynamoDB Local needs Java 17+ on PATH (`java` not runnable: ' +
        `${probe.error?.message ?? probe.stderr}). Install it, e.g. apt-get install -y openjdk-17-jre-headless.`,
    );
  }
}

// A crashed or interrupted test run must not leave a JVM holding a port and ~300 MB.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function startDynamoDbOnce(timeoutMs: number): Promise<Emulator> {
  const dir = join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
  const port = await freePort();
  const started = Date.now();
  const child = spawn(
    'java',
    [
      // Tests need start-up speed, not peak throughput: C1 only and the serial collector cut JVM start-up work.
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-inMemory',
      // One database whatever the credentials and region, so no client sees an empty table list by accident.
      '-sharedDb',
      // No network traffic from a test run.
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited: Error | undefined;
  child.once('error', (error) => (exited = error));
  child.once('exit', (code, signal) => {
    children.delete(child);
    exited ??= new Error(`DynamoDB Local exited early (code ${code}, signal ${signal}):\n${output}`);
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(timer);
  };

  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(endpoint, timeoutMs, () => exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, startupMs: Date.now() - started, pid: child.pid, stop };
}

export async function startDynamoDbLocal({ timeoutMs = 60_000 } = {}): Promise<Emulator> {
  assertJava();
  // The port is free when picked but may be taken before the JVM binds it; a retry covers that race.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startDynamoDbOnce(timeoutMs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

export async function startSqs(): Promise<Emulator> {
  const started = Date.now();
  const server = await startFauxqs({ port: 0, logger: false });
  const endpoint = server.address;
  await waitForHttp(`${endpoint}/health`, 10_000, () => undefined);
  return { endpoint, startupMs: Date.now() - started, stop: () => server.stop() };
}

type SesLocal = typeof import('aws-ses-v2-local');

export async function startSes(): Promise<Emulator> {
  const started = Date.now();
  // CommonJS package whose function is `exports.default`; require keeps that unambiguous.
  const startServer = (require('aws-ses-v2-local') as SesLocal).default;
  const server = await startServer({ host: '127.0.0.1', port: 0 });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await waitForHttp(`${endpoint}/health-check`, 10_000, () => undefined);
  return {
    endpoint,
    startupMs: Date.now() - started,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
