/**
 * What a caller of a cold function waits for: module init plus the first invocation. Each bundled
 * handler, in a fresh process, imports and handles one event against the emulators — ingest a
 * form post into SQS (fauxqs), process one SQS record into DynamoDB (DynamoDB Local), api one
 * customer lookup — as test/infra/bundles.test.ts does. There is no Secrets Manager emulator:
 * the secrets' ARNs are left unset and the API key is given in plain, so in AWS the first
 * invocation adds one Secrets Manager read. Called by bench/coldstart.ts.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { deriveFeedbackId } from '../shared/event.ts';
import { createTestTable } from '../test/support/dynamodb.ts';
import { startDynamoDbLocal, startSqs } from '../test/support/emulators.ts';
import { httpEvent } from '../test/support/http-event.ts';
import { sqsEvent } from '../test/support/sqs-event.ts';
import { createTestQueue } from '../test/support/sqs.ts';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const FIRST_INVOKED = ['ingest', 'process', 'api'] as const;
export type FirstInvoked = (typeof FIRST_INVOKED)[number];

export interface FirstInvocation {
  initMs: number;
  firstInvocationMs: number;
}

/** The event each handler gets on its `round`-th cold start: a new message, a new customer each time. */
function eventFor(name: FirstInvoked, round: number): unknown {
  const email = `cold${round}@example.com`;
  if (name === 'ingest') {
    return httpEvent('POST', '/webhooks/forms/contact', JSON.stringify({ message: '快递三天还没到，客服也不回复', email }), { 'content-type': 'application/json' });
  }
  if (name === 'process') {
    const body = { schemaVersion: 1, feedbackId: deriveFeedbackId('coldstart', String(round)), channel: 'web', source: 'forms', kind: 'message', receivedAt: new Date().toISOString(), identities: [`email:${email}`], text: '快递三天还没到，客服也不回复', metadata: {} };
    return sqsEvent([{ messageId: `m${round}`, body: JSON.stringify(body) }]);
  }
  return httpEvent('GET', '/v1/customers', undefined, { authorization: 'Bearer coldstart-key' }, { query: `identity=email:${email}` });
}

/** Median init and first-invocation milliseconds of `runs` cold starts per handler, taking turns; fails on any handler error. */
export async function measureFirstInvocations(bundleDir: string, env: Record<string, string>, runs: number): Promise<Record<FirstInvoked, FirstInvocation>> {
  const [dynamodb, sqs] = await Promise.all([startDynamoDbLocal(), startSqs()]);
  try {
    const [table, queue] = await Promise.all([createTestTable(dynamodb.endpoint), createTestQueue(sqs.endpoint)]);
    const { FEEDBACK_API_KEYS_SECRET_ARN, CHANNEL_SECRETS_ARN, ...rest } = env;
    const childEnv = {
      ...rest,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SESSION_TOKEN: 'test',
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      TABLE_NAME: table.tableName,
      QUEUE_URL: queue.queueUrl,
      FEEDBACK_API_KEYS: 'coldstart-key',
      POWERTOOLS_METRICS_NAMESPACE: 'bench',
    };
    const samples = Object.fromEntries(FIRST_INVOKED.map((name) => [name, [] as FirstInvocation[]])) as Record<FirstInvoked, FirstInvocation[]>;
    for (let round = 0; round < runs; round++) {
      // In order, so the api finds the customer process has just written.
      for (const name of FIRST_INVOKED) samples[name].push(await coldInvocation(join(bundleDir, name, 'index.mjs'), eventFor(name, round), childEnv));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return Object.fromEntries(
      FIRST_INVOKED.map((name) => [name, { initMs: median(samples[name].map((s) => s.initMs)), firstInvocationMs: median(samples[name].map((s) => s.firstInvocationMs)) }]),
    ) as Record<FirstInvoked, FirstInvocation>;
  } finally {
    await Promise.all([dynamodb.stop(), sqs.stop()]);
  }
}

async function coldInvocation(bundle: string, event: unknown, env: Record<string, string>): Promise<FirstInvocation> {
  const script = `import { interceptLocalhostDns } from 'fauxqs';
    interceptLocalhostDns();
    const started = performance.now();
    const { handler } = await import(${JSON.stringify(bundle)});
    const imported = performance.now();
    const result = await handler(${JSON.stringify(event)}, { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30000 });
    const done = performance.now();
    process.stdout.write('\\n' + JSON.stringify({ result, initMs: imported - started, firstInvocationMs: done - imported }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
  // The last line: the processor's metrics (EMF) are written to stdout before it.
  const { result, initMs, firstInvocationMs } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { result: { statusCode?: number; batchItemFailures?: unknown[] } } & FirstInvocation;
  const failed = (result.statusCode !== undefined && result.statusCode >= 300) || (result.batchItemFailures?.length ?? 0) > 0;
  if (failed) throw new Error(`${bundle} failed its first invocation: ${JSON.stringify(result)}`);
  return { initMs, firstInvocationMs };
}
