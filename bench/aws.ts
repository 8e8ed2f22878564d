/**
 * `npm run bench -- aws`: the processor's throughput on the AWS path beside the embedded mode, in
 * one run. The AWS path runs the real handlers: functions/ingest → SQS (fauxqs, in a child
 * process so its CPU is not counted as ours) → one poller handing SQS batches of 10 (or
 * BENCH_AWS_BATCH) to functions/process → DynamoDB Local. Prints events/s per consumer, the processor's CPU ms per
 * event and the SDK requests per event (by command), then the same events through local mode's
 * in-process queue and store with one consumer.
 */
import { fork } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { Agent, request as httpRequest, type ClientRequest } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { interceptLocalhostDns } from 'fauxqs';
import { SqsPoller } from '../shared/adapters/aws/sqs-poller.ts';
import { loadConfig } from '../shared/config.ts';
import { createLocalRuntime } from '../shared/runtime/local.ts';
import { createTestTable } from '../test/support/dynamodb.ts';
import { EMULATOR_CLIENT_CONFIG, startDynamoDbLocal, type Emulator } from '../test/support/emulators.ts';
import { createTestQueue } from '../test/support/sqs.ts';
import { SAMPLE_MESSAGES } from './sample-messages.ts';
import { sqsEvent } from '../test/support/sqs-event.ts';
import { httpEvent } from '../test/support/http-event.ts';

type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;
type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

const EVENTS = Number(process.env.BENCH_AWS_EVENTS ?? 2_000);
/** Returning customers make most of real traffic: 2,000 events from 700 people. */
const CUSTOMERS = Math.ceil(EVENTS * 0.35);
const INGEST_IN_FLIGHT = 16;
/** Messages per processor invocation: Lambda's event source hands up to 10 (the stack's setting), more with a batching window. */
const BATCH_SIZE = Number(process.env.BENCH_AWS_BATCH ?? 10);
/** USER_HZ, 100 on every Linux the project runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
/** The bench is one client sending far above a person's rate. */
const UNLIMITED = 1_000_000_000;
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

function formBody(i: number): string {
  const person = i % CUSTOMERS;
  return JSON.stringify({ message: `${SAMPLE_MESSAGES[i % SAMPLE_MESSAGES.length]} #${i}`, email: `customer${person}@example.com`, ...(person % 3 === 0 ? { phone: `1380013${String(person).padStart(4, '0')}` } : {}), rating: (i % 5) + 1 });
}

/** fauxqs in its own process, so the CPU this process spends is the handlers' and the SDK's alone. */
async function startSqsProcess(): Promise<Emulator> {
  const started = Date.now();
  const source = "import { startFauxqs } from 'fauxqs'; const server = await startFauxqs({ port: 0, logger: false }); process.send(server.address);";
  const child = fork('--input-type=module', ['-e', source], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('message', (address) => resolve(String(address)));
    child.once('exit', (code) => reject(new Error(`fauxqs exited with ${code}`)));
  });
  return { endpoint, startupMs: Date.now() - started, pid: child.pid, stop: async () => void child.kill('SIGTERM') };
}

/** CPU milliseconds a child process has used so far, all its threads (Linux /proc; 0 elsewhere). */
function childCpuMs(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return 0;
  // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Every HTTP request the SDK sends, by its X-Amz-Target (service.operation), and how long each took to answer. */
function countRequests() {
  const counts = new Map<string, number>();
  const startedAt = new WeakMap<ClientRequest, number>();
  let waitedMs = 0;
  let answered = 0;
  diagnostics.subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    const target = String(request.getHeader('x-amz-target') ?? 'other');
    counts.set(target, (counts.get(target) ?? 0) + 1);
    startedAt.set(request, performance.now());
  });
  diagnostics.subscribe('http.client.response.finish', (message) => {
    const started = startedAt.get((message as { request: ClientRequest }).request);
    if (started === undefined) return;
    waitedMs += performance.now() - started;
    answered += 1;
  });
  return {
    snapshot: () => ({ counts: new Map(counts), waitedMs, answered }),
    since(before: { counts: Map<string, number>; waitedMs: number; answered: number }) {
      return {
        byTarget: [...counts].map(([target, n]) => [target, n - (before.counts.get(target) ?? 0)] as const).filter(([, n]) => n > 0),
        meanLatencyMs: (waitedMs - before.waitedMs) / Math.max(1, answered - before.answered),
      };
    },
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

async function inBatches<T>(count: number, inFlight: number, work: (i: number) => Promise<T>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < count) await work(next++);
  }));
}

/** With BENCH_AWS_PROFILE=<file.cpuprofile>, a CPU profile of the processing phase alone (open it in Chrome DevTools). */
async function profileIf(file: string | undefined) {
  if (!file) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/**
 * Where the processor's CPU goes: the same GetItem through the DocumentClient (as DynamoStore
 * sends it) and as a bare HTTP request with the same body, 10 in flight as in a batch.
 */
async function sdkCostPerRequest(endpoint: string, tableName: string) {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ ...EMULATOR_CLIENT_CONFIG, endpoint }));
  const Key = { pk: 'bench#probe', sk: 'bench#probe' };
  await client.send(new PutCommand({ TableName: tableName, Item: Key }));
  const agent = new Agent({ keepAlive: true });
  const body = JSON.stringify({ TableName: tableName, Key: { pk: { S: Key.pk }, sk: { S: Key.sk } } });
  const headers = {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': 'DynamoDB_20120810.GetItem',
    // DynamoDB Local wants a signature's shape, not a valid one.
    authorization: 'AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  };
  const bare = () =>
    new Promise<void>((resolve, reject) => {
      const request = httpRequest(endpoint, { method: 'POST', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => (JSON.parse(Buffer.concat(chunks).toString()).Item ? resolve() : reject(new Error('probe item missing'))));
      });
      request.on('error', reject);
      request.end(body);
    });
  const viaSdk = () => client.send(new GetCommand({ TableName: tableName, Key }));
  const cpuPerRequest = async (send: () => Promise<unknown>) => {
    await inBatches(200, 10, send);
    const cpu = process.cpuUsage();
    await inBatches(1_000, 10, send);
    return cpuMsSince(cpu) / 1_000;
  };
  const result = { bare: await cpuPerRequest(bare), sdk: await cpuPerRequest(viaSdk) };
  agent.destroy();
  client.destroy();
  return result;
}

async function awsPath(requests: ReturnType<typeof countRequests>) {
  const [dynamo, sqs] = await Promise.all([startDynamoDbLocal(), startSqsProcess()]);
  try {
    interceptLocalhostDns();
    const table = await createTestTable(dynamo.endpoint);
    const queue = await createTestQueue(sqs.endpoint, { visibilityTimeoutSeconds: 60, maxReceiveCount: 5 });
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      // The host fauxqs names its queue URLs with: the SDK warns on every call whose QueueUrl differs from its endpoint.
      AWS_ENDPOINT_URL_SQS: new URL(queue.queueUrl).origin,
      TABLE_NAME: table.tableName,
      QUEUE_URL: queue.queueUrl,
      FEEDBACK_API_KEYS: 'bench-key',
      RATE_LIMIT_PER_MINUTE: String(UNLIMITED),
      POWERTOOLS_METRICS_NAMESPACE: 'bench',
      // CloudWatch takes the metrics from stdout in Lambda; here they would bury the figures.
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
    const { handler: ingest } = (await import('../functions/ingest.ts')) as unknown as { handler: HttpHandler };
    const { handler: processBatch } = (await import('../functions/process.ts')) as unknown as { handler: SqsHandler };

    let before = requests.snapshot();
    let cpu = process.cpuUsage();
    let started = performance.now();
    await inBatches(EVENTS, INGEST_IN_FLIGHT, async (i) => {
      const response = (await ingest(httpEvent('POST', '/webhooks/forms/bench', formBody(i), { 'content-type': 'application/json' }, { sourceIp: `127.0.${(i >> 8) & 255}.${i & 255}` }), context)) as { statusCode: number; body: string };
      if (response.statusCode !== 202) throw new Error(`ingest answered ${response.statusCode}: ${response.body}`);
    });
    const ingestSeconds = (performance.now() - started) / 1000;
    const ingestCpu = cpuMsSince(cpu);
    const ingestRequests = requests.since(before).byTarget;

    let processed = 0;
    let failed = 0;
    let batches = 0;
    let allDone!: () => void;
    const done = new Promise<void>((resolve) => (allDone = resolve));
    const profile = await profileIf(process.env.BENCH_AWS_PROFILE);
    before = requests.snapshot();
    cpu = process.cpuUsage();
    const emulatorCpu = { dynamo: childCpuMs(dynamo.pid), sqs: childCpuMs(sqs.pid) };
    started = performance.now();
    const poller = new SqsPoller({
      queueUrl: queue.queueUrl,
      waitTimeSeconds: 1,
      batchSize: BATCH_SIZE,
      onError: (error) => console.error('  poller:', error),
      handler: async (messages) => {
        const result = await processBatch(sqsEvent(messages, 'bench'), context);
        batches += 1;
        failed += result.batchItemFailures.length;
        processed += messages.length - result.batchItemFailures.length;
        if (processed >= EVENTS) allDone();
        return result;
      },
    }).start();
    await done;
    const processSeconds = (performance.now() - started) / 1000;
    const processCpu = cpuMsSince(cpu);
    const dynamoCpu = childCpuMs(dynamo.pid) - emulatorCpu.dynamo;
    const sqsCpu = childCpuMs(sqs.pid) - emulatorCpu.sqs;
    await profile.stop();
    await poller.stop();
    const { byTarget: processRequests, meanLatencyMs } = requests.since(before);
    const perRequest = await sdkCostPerRequest(dynamo.endpoint, table.tableName);
    return { ingestSeconds, ingestCpu, ingestRequests, processSeconds, processCpu, processRequests, meanLatencyMs, dynamoCpu, sqsCpu, perRequest, failed, batches };
  } finally {
    await Promise.all([dynamo.stop(), sqs.stop()]);
  }
}

async function embedded() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-aws-embedded-'));
  try {
    const runtime = createLocalRuntime(loadConfig({ DATA_DIR: dataDir, FEEDBACK_API_KEYS: 'bench-key', RATE_LIMIT_PER_MINUTE: String(UNLIMITED) }), { queue: { concurrency: 1 } });
    await inBatches(EVENTS, INGEST_IN_FLIGHT, async (i) => {
      const response = await runtime.app.request('/webhooks/forms/bench', { method: 'POST', headers: { 'content-type': 'application/json' }, body: formBody(i) });
      if (response.status !== 202) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    });
    const cpu = process.cpuUsage();
    const started = performance.now();
    runtime.startProcessing();
    while (runtime.queue.depth > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = cpuMsSince(cpu);
    await runtime.stop();
    // Sends nothing, but resolves once the queue's journal has written the last deletes.
    await runtime.queue.send([]);
    return { seconds, cpuMs, dead: runtime.queue.deadLetters().length };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const perEvent = (n: number) => (n / EVENTS).toFixed(2);
const byCommand = (counts: (readonly [string, number])[]) =>
  counts.map(([target, n]) => `${target.replace(/^DynamoDB_\d+\.|^AmazonSQS\./, '')} ${perEvent(n)}`).join(', ');
const total = (counts: (readonly [string, number])[], prefix: string) => counts.filter(([t]) => t.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);

export async function run(): Promise<void> {
  console.log(`processor throughput, ${EVENTS} web-form events from ${CUSTOMERS} customers, one consumer each`);
  const requests = countRequests();
  const aws = await awsPath(requests);
  const dynamoRequests = total(aws.processRequests, 'DynamoDB');
  const sqsRequests = total(aws.processRequests, 'AmazonSQS');
  console.log(`  AWS ingest (functions/ingest → fauxqs, ${INGEST_IN_FLIGHT} in flight): ${(EVENTS / aws.ingestSeconds).toFixed(0)} events/s, CPU ${perEvent(aws.ingestCpu)} ms and ${perEvent(total(aws.ingestRequests, ''))} SDK requests per event`);
  console.log(
    `  AWS processor (SQS batches of ${BATCH_SIZE} → functions/process → DynamoDB Local): ${(EVENTS / aws.processSeconds).toFixed(0)} events/s per consumer ` +
      `(${aws.batches} batches, ${aws.failed} records retried), CPU ${perEvent(aws.processCpu)} ms per event, ` +
      `${perEvent(dynamoRequests + sqsRequests)} SDK requests per event (DynamoDB ${perEvent(dynamoRequests)}: ${byCommand(aws.processRequests.filter(([t]) => t.startsWith('DynamoDB')))}; SQS ${perEvent(sqsRequests)}), ` +
      `${(aws.processCpu / Math.max(1, dynamoRequests + sqsRequests)).toFixed(2)} ms CPU per request, answered in ${aws.meanLatencyMs.toFixed(1)} ms on average`,
  );
  console.log(`  emulators' CPU meanwhile: DynamoDB Local ${perEvent(aws.dynamoCpu)} ms, fauxqs ${perEvent(aws.sqsCpu)} ms per event`);
  console.log(`  one GetItem, 10 in flight: ${aws.perRequest.sdk.toFixed(2)} ms CPU through the SDK's DocumentClient, ${aws.perRequest.bare.toFixed(2)} ms as a bare HTTP request`);
  const local = await embedded();
  console.log(`  embedded (in-process queue → same batch path → local store): ${(EVENTS / local.seconds).toFixed(0)} events/s per consumer, CPU ${perEvent(local.cpuMs)} ms per event${local.dead ? `, ${local.dead} dead letters` : ''}`);
  console.log(`aws: ${(EVENTS / aws.processSeconds).toFixed(0)} events/s per consumer (embedded ${(EVENTS / local.seconds).toFixed(0)}), ${perEvent(aws.processCpu)} CPU ms and ${perEvent(dynamoRequests + sqsRequests)} SDK requests per event`);
}
