/**
 * Cold start: bundles each Lambda handler exactly as the CDK does (infra/bundle.ts) and times
 * module init — a fresh Node process importing the bundle — beside a bare Hono bundle built the
 * same way, in the same run. The runs take turns (bare Hono, ingest, …, then again), so a burst
 * of load from elsewhere on a shared machine falls on every bundle alike; the process's CPU time
 * is printed beside the wall time, as the steadier figure when the machine is busy.
 * With COLDSTART_BASELINE=<git ref> the bundles of that commit, built by its own infra/bundle.ts,
 * take turns with these in the same run, for a before/after on one machine under one load.
 * Called by bench/run.ts (`npm run bench -- coldstart`).
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_SIZE_LIMITS, bundleFunction, bytesLoadedAtInit, filesLoadedAtInit, FUNCTION_NAMES, packageOf } from '../infra/bundle.ts';
import { FIRST_INVOKED, measureFirstInvocations } from './coldstart-first-invocation.ts';

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
  // Lambda runs Node.js 22, where the SDK has nothing to warn about; on this machine's Node.js 20
  // its end-of-support warning would be written to stderr at init and counted.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

interface Init {
  /** Milliseconds from the start of the import to the handler being exported. */
  wallMs: number;
  /** CPU milliseconds the process spent in that time (all threads: compiler and GC helpers too). */
  cpuMs: number;
}

function initOnce(bundle: string): Init {
  const script = `const cpu = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(bundle)});
    const used = process.cpuUsage(cpu); process.stdout.write(JSON.stringify({ wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: ENV, encoding: 'utf8' })) as Init;
}

/** Median wall and CPU time of RUNS fresh imports of each bundle, taking turns. */
function medianInits(bundles: string[]): Init[] {
  const runs = bundles.map(() => [] as Init[]);
  for (let round = 0; round < RUNS; round++) bundles.forEach((bundle, i) => runs[i]!.push(initOnce(bundle)));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return runs.map((inits) => ({ wallMs: median(inits.map((i) => i.wallMs)), cpuMs: median(inits.map((i) => i.cpuMs)) }));
}

/** The largest packages (our own code by folder) Node compiles at init, from esbuild's metafile: where to cut next. */
function largestParts(metafile: Metafile, count = 6): string {
  const bytes = new Map<string, number>();
  for (const file of filesLoadedAtInit(metafile)) {
    for (const [path, input] of Object.entries(metafile.outputs[file]!.inputs)) {
      const part = packageOf(path);
      bytes.set(part, (bytes.get(part) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, count).map(([part, size]) => `${part} ${(size / 1e3).toFixed(0)} KB`).join(', ');
}

/** The handlers' bundles as commit `ref` built them: its tree from `git archive`, this checkout's node_modules. */
function buildBaseline(ref: string, dir: string): string[] {
  const tree = join(dir, 'baseline-src');
  mkdirSync(tree);
  execSync(`git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(tree)}`, { stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(process.cwd(), 'node_modules'), join(tree, 'node_modules'));
  return FUNCTION_NAMES.map((name) => {
    const out = join(dir, 'baseline', name);
    execFileSync(process.execPath, ['--import', 'tsx', join(tree, 'infra/bundle.ts'), name, out], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
    return join(out, 'index.mjs');
  });
}

export async function run(): Promise<void> {
  console.log(`cold start: module init, median of ${RUNS} fresh processes, bundles as deployed`);
  const dir = mkdtempSync(join(tmpdir(), 'coldstart-'));
  const hono = join(dir, 'hono.ts');
  writeFileSync(hono, "import { Hono } from 'hono';\nimport { handle } from 'hono/aws-lambda';\nexport const handler = handle(new Hono().get('/', (c) => c.text('ok')));\n");
  await build({ entryPoints: [hono], outfile: join(dir, 'hono', 'index.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'error' });
  const bare = join(dir, 'hono', 'index.mjs');
  const metafiles: Metafile[] = [];
  for (const name of FUNCTION_NAMES) metafiles.push(await bundleFunction(name, join(dir, name)));
  const baselineRef = process.env.COLDSTART_BASELINE;
  const baseline = baselineRef ? buildBaseline(baselineRef, dir) : [];
  const [bareInit, ...allInits] = medianInits([bare, ...FUNCTION_NAMES.map((name) => join(dir, name, 'index.mjs')), ...baseline]);
  const inits = allInits.slice(0, FUNCTION_NAMES.length);
  const baselineInits = allInits.slice(FUNCTION_NAMES.length);
  const init = ({ wallMs, cpuMs }: Init) => `init ${wallMs.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`;
  console.log(`  ${'bare Hono'.padEnd(14)} ${(statSync(bare).size / 1e6).toFixed(2)} MB, ${init(bareInit!)}`);
  FUNCTION_NAMES.forEach((name, i) => {
    const size = bytesLoadedAtInit(metafiles[i]!) / 1e6;
    const ratio = (inits[i]!.wallMs / bareInit!.wallMs).toFixed(1);
    console.log(`  ${name.padEnd(14)} ${size.toFixed(2)} MB loaded at init (target ≤ ${BUNDLE_SIZE_LIMITS[name] / 1e6} MB), ${init(inits[i]!)}, ${ratio}× bare Hono (target ≤ 150 ms)`);
    console.log(`  ${''.padEnd(14)} largest: ${largestParts(metafiles[i]!)}`);
    if (baselineRef) console.log(`  ${''.padEnd(14)} at ${baselineRef}, in the same turns: index.mjs ${(statSync(baseline[i]!).size / 1e6).toFixed(2)} MB, ${init(baselineInits[i]!)}`);
  });
  console.log(`init + first invocation, median of ${RUNS} fresh processes against the emulators (in AWS add one Secrets Manager read to ingest and api):`);
  const firsts = await measureFirstInvocations(dir, ENV, RUNS);
  for (const name of FIRST_INVOKED) {
    const { initMs, firstInvocationMs } = firsts[name];
    console.log(`  ${name.padEnd(14)} init ${initMs.toFixed(0)} ms + first invocation ${firstInvocationMs.toFixed(0)} ms = ${(initMs + firstInvocationMs).toFixed(0)} ms`);
  }
}
