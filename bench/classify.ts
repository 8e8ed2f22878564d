/**
 * Classifier benchmark: cross-category Chinese sentiment, complaint types, sentiment and urgency
 * on the held-aside splits, throughput in-process and through the CLI, model sizes, load time. Called by bench/run.ts; on its own:
 *   node --import tsx -e "import('./bench/classify.ts').then(m=>m.run())"
 * `npm run bench -- classify --throughput-only` prints the two throughput lines alone (seconds, not
 * minutes: for comparing code before and after a change in alternating runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MODEL_DIR, modelFilesBesideBundle } from '../infra/bundle.ts';
import { loadDevSet } from '../scripts/classifier-evaluation.ts';
import { evaluateItems, formatReport, testSets } from '../scripts/complaint-training/report.ts';
import { loadCorpus, loadMeasuringSets } from '../scripts/corpus/load.ts';
import { evaluateHeldOut, FIXED_HELD_OUT } from '../scripts/sentiment-training/cross-category.ts';
import { DEFAULT_DATASET, loadReviews } from '../scripts/sentiment-training/dataset.ts';
import { PUNCTUATION } from '../shared/classify/clause-breaks.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { MODEL_DIRECTORY, readModelFile } from '../shared/classify/model-files.ts';
import { unpackModel } from '../shared/classify/packed-model.ts';
import { parseModel, type SerialisedModel } from '../shared/classify/sentiment-model.ts';

const ENTRY = fileURLToPath(new URL('../shared/classify/index.ts', import.meta.url));
const THROUGHPUT_SECONDS = 2;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function crossCategory(): void {
  if (!existsSync(DEFAULT_DATASET)) {
    console.log(`  cross-category zh sentiment: skipped (${DEFAULT_DATASET} not found: the team's data beside the checkout)`);
    return;
  }
  const reviews = loadReviews(DEFAULT_DATASET);
  const result = evaluateHeldOut(reviews, FIXED_HELD_OUT);
  console.log(
    `  cross-category zh sentiment (train on the other 6 categories, test on ${result.heldOut.join('/')}, n=${result.examples}): ` +
      `${percent(result.accuracy)} (neutral counted wrong; ${percent(result.neutralShare)} labelled neutral)`,
  );
}

/**
 * The splits nothing was trained or tuned on (corpus/README.md): one line each with complaint
 * micro-F1, sentiment and urgency, then per-type P/R/F1.
 */
function heldAsideSets(): void {
  const classifier = createLocalClassifier();
  for (const set of testSets(loadCorpus())) {
    if (set.items.length === 0) continue;
    const [summary, ...perType] = formatReport(evaluateItems(classifier, set.name, set.items), true);
    console.log(`  ${summary}`);
    for (const line of perType) console.log(`  ${line}`);
  }
  for (const { file, items } of loadMeasuringSets()) {
    console.log(`  ${formatReport(evaluateItems(classifier, `written measuring set kept out of training, corpus/${file}`, items), false)[0]}`);
  }
  unpunctuated(classifier);
}

/** Chinese punctuation and spaces taken out, as customers type on SMS and takeaway apps. */
const PUNCTUATION_RUNS = new RegExp(`(?:${PUNCTUATION.source})+`, 'gu');
const withoutPunctuation = (text: string) => text.replace(PUNCTUATION_RUNS, '');

/**
 * The same sets as a customer who types no punctuation would write them (shared/classify/clause-breaks.ts):
 * the real splits, and the Chinese measuring sets pooled.
 */
function unpunctuated(classifier: ReturnType<typeof createLocalClassifier>): void {
  const stripped = <T extends { text: string }>(items: readonly T[]) => items.map((item) => ({ ...item, text: withoutPunctuation(item.text) }));
  for (const set of testSets(loadCorpus())) {
    if (!set.name.startsWith('labelled shopping') && !set.name.startsWith('real restaurant')) continue;
    console.log(`  ${formatReport(evaluateItems(classifier, `${set.name}, punctuation taken out`, stripped(set.items)), false)[0]}`);
  }
  const chinese = loadMeasuringSets().filter(({ file }) => !file.includes('-en'));
  const pooled = chinese.flatMap(({ items }) => items);
  console.log(`  ${formatReport(evaluateItems(classifier, `the ${chinese.length} Chinese measuring sets pooled, as written`, pooled), false)[0]}`);
  console.log(`  ${formatReport(evaluateItems(classifier, `the same, punctuation taken out`, stripped(pooled)), false)[0]}`);
}

/** `feedback classify --jsonl` as the acceptance check runs it: a child process, its CPU time. */
function cliThroughput(messages: string[]): void {
  const lines = Array.from({ length: 20 }, (_, round) => messages.map((text, i) => JSON.stringify({ id: `${round}-${i}`, text }))).flat();
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../cli/main.ts', import.meta.url)), 'classify', '--jsonl'], {
    input: `${lines.join('\n')}\n`,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  const answered = result.stdout.split('\n').filter(Boolean).length;
  console.log(`  throughput through the CLI (feedback classify --jsonl, ${answered.toLocaleString('en')} lines, incl. process start): ${Math.round(answered / wall).toLocaleString('en')} msg/s wall clock`);
}

function modelSizes(): void {
  const sizes = readdirSync(MODEL_DIRECTORY)
    .filter((file) => file.endsWith('.br'))
    .sort()
    .map((file) => [file, statSync(new URL(file, MODEL_DIRECTORY)).size] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`  model files: ${sizes.map(([file, size]) => `${file} ${(size / 1024).toFixed(0)} KiB`).join(', ')}; ${(total / 1024 / 1024).toFixed(2)} MB in all`);
}

/** Dev-set texts, cut or joined to 20–200 characters: the typical message lengths. */
function benchmarkMessages(): string[] {
  const texts = loadDevSet().map((item) => item.text);
  const messages: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const target = 20 + ((i * 37) % 181);
    let message = text;
    for (let j = 1; message.length < target; j++) message += ` ${texts[(i + j) % texts.length]}`;
    messages.push(message.slice(0, Math.max(target, 20)));
  }
  return messages;
}

function throughput(messages: string[]): void {
  const classifier = createLocalClassifier();
  for (const text of messages) classifier.classifySync({ text });
  let count = 0;
  // CPU time, not wall time: on a shared machine the wall clock also counts other processes.
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + THROUGHPUT_SECONDS * 1000;
  while (performance.now() < deadline) {
    for (const text of messages) classifier.classifySync({ text });
    count += messages.length;
  }
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const averageLength = messages.reduce((sum, m) => sum + m.length, 0) / messages.length;
  const rate = (seconds: number) => Math.round(count / seconds).toLocaleString('en');
  console.log(
    `  throughput: ${rate(cpuSeconds)} msg/s per CPU-second (${rate(wallSeconds)} msg/s wall clock, load average ${loadavg()[0]!.toFixed(1)}; ` +
      `${messages.length} messages of 20–200 chars, mean ${averageLength.toFixed(0)}, single thread)`,
  );
}

async function bundleAndLoad(): Promise<void> {
  const parseStart = performance.now();
  const features = parseModel(unpackModel<SerialisedModel>(readModelFile('sentiment-zh.br'))).weights.size;
  console.log(`  model parse and n-gram table (already imported): ${(performance.now() - parseStart).toFixed(1)} ms, ${features} features`);

  // Cold start as a Lambda container sees it: a fresh Node process imports the bundle and
  // classifies its first message (which reads and parses the models, copied beside the bundle).
  const dir = mkdtempSync(join(tmpdir(), 'classify-bench-'));
  try {
    const bundlePath = join(dir, 'classify.mjs');
    await build({ entryPoints: [ENTRY], outfile: bundlePath, bundle: true, minify: true, platform: 'node', format: 'esm', target: 'node20', plugins: [modelFilesBesideBundle(dir)], logLevel: 'silent' });
    const models = readdirSync(join(dir, MODEL_DIR)).reduce((sum, file) => sum + statSync(join(dir, MODEL_DIR, file)).size, 0);
    console.log(
      `  bundle (esbuild, minified, platform node, incl. lexicons and opencc t2cn): ${(statSync(bundlePath).size / 1024 / 1024).toFixed(2)} MB, and the model files beside it ${(models / 1024 / 1024).toFixed(2)} MB`,
    );
    const probe = `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const w0 = performance.now(), c0 = cpu(); const m = await import(${JSON.stringify(bundlePath)}); const w1 = performance.now(), c1 = cpu();
m.createLocalClassifier().classifySync({ text: '送餐太慢了，饭都凉了' }); const w2 = performance.now(), c2 = cpu();
console.log(JSON.stringify({ importWall: w1 - w0, firstWall: w2 - w1, importCpu: c1 - c0, firstCpu: c2 - c1 }));`;
    type Probe = { importWall: number; firstWall: number; importCpu: number; firstCpu: number };
    const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as Probe);
    const best = runs.reduce((a, b) => (a.importWall + a.firstWall <= b.importWall + b.firstWall ? a : b));
    console.log(
      `  cold load in a fresh process (best of 3, wall clock): import ${best.importWall.toFixed(0)} ms + first classification incl. model parse ` +
        `${best.firstWall.toFixed(0)} ms = ${(best.importWall + best.firstWall).toFixed(0)} ms ` +
        `(CPU time ${(best.importCpu + best.firstCpu).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log('classifier (shared/classify)');
  if (process.argv.includes('--throughput-only')) {
    const messages = benchmarkMessages();
    throughput(messages);
    cliThroughput(messages);
    return;
  }
  crossCategory();
  heldAsideSets();
  const messages = benchmarkMessages();
  throughput(messages);
  cliThroughput(messages);
  modelSizes();
  await bundleAndLoad();
}
