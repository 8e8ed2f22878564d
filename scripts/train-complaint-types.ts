/**
 * Trains the complaint-type model (shared/classify/type-model.ts) from the labelled corpus
 * (corpus/README.md) and writes shared/classify/model/complaint-types.br.
 *
 *   node --import tsx scripts/train-complaint-types.ts [--dry-run]
 *
 * Trains on the train split, picks each type's threshold on the dev split (of the corpus and of
 * the development batteries, loadBatteries), and prints the scores on the corpus's test splits, which neither step reads: the shopping and written items aside,
 * ASAP half B and the self-written hold-out (bench/classify.ts prints the same).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_TAXONOMY } from '../shared/classify/taxonomy.ts';
import { createLocalClassifier } from '../shared/classify/index.ts';
import { packModel } from '../shared/classify/packed-model.ts';
import { serialiseTypeModel } from '../shared/classify/type-model.ts';
import { loadBatteries, loadCorpus } from './corpus/load.ts';
import { buildTypeModel, DEFAULT_BUILD_OPTIONS } from './complaint-training/build-model.ts';
import { reportSplits } from './complaint-training/report.ts';

const MODEL_FILE = new URL('../shared/classify/model/complaint-types.br', import.meta.url);

function main(): void {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const corpus = loadCorpus();
  const types = DEFAULT_TAXONOMY.types.map((type) => type.id);
  const batteries = loadBatteries();
  const { model, thresholdsReport } = buildTypeModel([...corpus, ...batteries], types, DEFAULT_BUILD_OPTIONS);
  console.log(`${corpus.length} labelled items and ${batteries.length} of the development batteries; thresholds from the dev split:`);
  for (const line of thresholdsReport) console.log(`  ${line}`);
  reportSplits(createLocalClassifier({ typeModel: model }), corpus, console.log);
  if (values['dry-run']) return;
  const serialised = serialiseTypeModel(model);
  const packed = packModel(serialised);
  writeFileSync(MODEL_FILE, packed);
  console.log(`wrote ${MODEL_FILE.pathname} (${model.rows.size} n-grams, ${(packed.length / 1024).toFixed(0)} KiB)`);
}

main();
