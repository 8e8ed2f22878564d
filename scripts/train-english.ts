/**
 * Trains the English model (shared/classify/en-model.ts) on the corpus's English items and writes
 * shared/classify/model/english.br.
 *
 *   node --import tsx scripts/train-english.ts [--dry-run]
 *
 * Trains on the train split, picks each type's threshold on the dev split, and prints sentiment
 * accuracy and complaint micro-F1 on the dev and test splits, beside the lexicons alone.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serialiseEnglishModel } from '../shared/classify/en-model.ts';
import { createLocalClassifier, type LocalClassifier } from '../shared/classify/local-classifier.ts';
import { detectLanguage } from '../shared/classify/language.ts';
import { packModel } from '../shared/classify/packed-model.ts';
import { score } from './complaint-training/metrics.ts';
import { loadCorpus, type CorpusItem } from './corpus/load.ts';
import { trainEnglishModel } from './english-training/train-model.ts';

const MODEL_FILE = new URL('../shared/classify/model/english.br', import.meta.url);

function report(label: string, classifier: LocalClassifier, items: readonly CorpusItem[]): string {
  const counts = { tp: 0, fp: 0, fn: 0 };
  let judged = 0;
  let right = 0;
  for (const item of items) {
    const result = classifier.classifySync({ text: item.text });
    const predicted = new Set(result.complaintTypes.map((type) => type.type));
    for (const type of predicted) counts[item.complaintTypes.includes(type) ? 'tp' : 'fp'] += 1;
    for (const type of item.complaintTypes) if (!predicted.has(type)) counts.fn += 1;
    if (item.sentiment === 'positive' || item.sentiment === 'negative') {
      judged += 1;
      if (result.sentiment.label === item.sentiment) right += 1;
    }
  }
  const { f1, precision, recall } = score(counts);
  return `${label.padEnd(26)} n ${String(items.length).padStart(4)}  sentiment ${((right / judged) * 100).toFixed(1)}%  complaint micro-F1 ${f1.toFixed(3)} (P ${precision.toFixed(2)} R ${recall.toFixed(2)})`;
}

function main(): void {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const english = loadCorpus().filter((item) => detectLanguage(item.text).language === 'en');
  const model = trainEnglishModel(english);
  console.log(`${english.length} English items; ${model.rows.size} word features`);
  const withModel = createLocalClassifier({ englishModel: model });
  const lexiconOnly = createLocalClassifier({ englishModel: null });
  for (const split of ['dev', 'test'] as const) {
    const items = english.filter((item) => item.split === split);
    console.log(report(`${split}, lexicons only`, lexiconOnly, items));
    console.log(report(`${split}, English model`, withModel, items));
  }
  model.types.forEach((type, t) => console.log(`  ${type.padEnd(20)} threshold ${model.thresholds[t]!.toFixed(2)}`));
  if (values['dry-run']) return;
  const packed = packModel(serialiseEnglishModel(model));
  writeFileSync(MODEL_FILE, packed);
  console.log(`wrote ${MODEL_FILE.pathname} (${(packed.length / 1024).toFixed(0)} KiB)`);
}

main();
