/**
 * Cold start: bundles each Lambda handler exactly as the CDK does (infra/bundle.ts) and times
 * module init — a fresh Node process importing the bundle — beside a bare Hono bundle built the
 * same way, in the same run. Called by bench/run.ts (`npm run bench -- coldstart`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_SIZE_LIMITS, bundleFunction, FUNCTION_NAMES, packageOf } from '../infra/bundle.ts';

const RUNS = 5;
/** What the handlers read at init, as deployed; no AWS call is made before the first event (secrets are read then). */
const ENV = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'us-east-1',
  TABLE_NAME: 'table',
  QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/queue',
  EMAIL_BUCKET: 'bucket',
  CHANNEL_SECRETS_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:channel',
  FEEDBACK_API_KEYS_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:keys',
  LOG_LEVEL: 'ERROR',
};

/** Median milliseconds from process start of the import to the handler being exported. */
function initMs(bundle: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(bundle)}); process.stdout.write(String(performance.now() - t));`;
  const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: ENV, encoding: 'utf8' })));
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** The bundle's largest packages (our own code by folder), from esbuild's metafile: where to cut next. */
function largestParts(metafile: Metafile, count = 6): string {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const part = packageOf(path);
      bytes.set(part, (bytes.get(part) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, count).map(([part, size]) => `${part} ${(size / 1e3).toFixed(0)} KB`).join(', ');
}

export async function run(): Promise<void> {
  console.log(`cold start: module init, median of ${RUNS} fresh processes, bundles as deployed`);
  const dir = mkdtempSync(join(tmpdir(), 'coldstart-'));
  const hono = join(dir, 'hono.ts');
  writeFileSync(hono, "import { Hono } from 'hono';\nimport { handle } from 'hono/aws-lambda';\nexport const handler = handle(new Hono().get('/', (c) => c.text('ok')));\n");
  await build({ entryPoints: [hono], outfile: join(dir, 'hono', 'index.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'error' });
  const bare = join(dir, 'hono', 'index.mjs');
  console.log(`  ${'bare Hono'.padEnd(14)} ${(statSync(bare).size / 1e6).toFixed(2)} MB, init ${initMs(bare).toFixed(0)} ms`);
  for (const name of FUNCTION_NAMES) {
    const out = join(dir, name);
    const metafile = await bundleFunction(name, out);
    const bundle = join(out, 'index.mjs');
    const limit = BUNDLE_SIZE_LIMITS[name] / 1e6;
    const size = statSync(bundle).size / 1e6;
    console.log(`  ${name.padEnd(14)} ${size.toFixed(2)} MB (target ≤ ${limit} MB), init ${initMs(bundle).toFixed(0)} ms (target ≤ 150 ms)`);
    console.log(`  ${''.padEnd(14)} largest: ${largestParts(metafile)}`);
  }
}
