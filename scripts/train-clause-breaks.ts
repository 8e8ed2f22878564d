/**
 * Trains where a clause break stands in Chinese text (shared/classify/clause-breaks.ts) and writes
 * shared/classify/model/clause-breaks.br.
 *
 *   node --import tsx scripts/train-clause-breaks.ts [--dry-run]
 *
 * The labels are the writers' own punctuation: every review of the shared shopping file and every
 * Chinese train-split item of the corpus is read as runs of Chinese characters, the punctuation
 * between runs taken out, and each gap is a break where punctuation stood. Items of the corpus's
 * dev and test splits (and their texts in the shopping file) measure the model instead. Logistic
 * regression over four contexts of a gap (the character before and after it, the two characters
 * ending and opening there), kept to contexts seen often enough that the model stays small, in a
 * fixed order: the same inputs write the same file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLAUSE_BREAK_FORMAT, CONTEXTS, gapKeys, isHanUnit, PUNCTUATION, type SerialisedClauseBreakModel } from '../shared/classify/clause-breaks.ts';
import { detectLanguage } from '../shared/classify/language.ts';
import { packModel } from '../shared/classify/packed-model.ts';
import { loadCorpus } from './corpus/load.ts';
import { loadReviews } from './sentiment-training/dataset.ts';

const MODEL_FILE = new URL('../shared/classify/model/clause-breaks.br', import.meta.url);
/** A context seen fewer times than this is left out: 4,400 contexts and about 15 KB. */
const MIN_CONTEXT_COUNT = 300;
const EPOCHS = 3;
const LEARNING_RATE = 0.1;
const L2 = 1e-5;
/** Between two runs, only this stands for a break; anything else (digits, Latin) ends the sequence. */
const BREAK_MATERIAL = new RegExp(`^(?:${PUNCTUATION.source})+$`, 'u');
const CONTEXT_SPAN = 2 ** 32;

interface Gaps {
  features: number[];
  labels: number[];
}

/** The gaps of a text's sequences of runs joined across punctuation, with their labels. */
function addGaps(text: string, gaps: Gaps): void {
  let sequence = '';
  let breaks: number[] = [];
  let between = '';
  const keys = [0, 0, 0, 0];
  const flush = () => {
    for (let i = 1; i < sequence.length; i++) {
      gapKeys(sequence, i, keys);
      keys.forEach((key, c) => gaps.features.push(c * CONTEXT_SPAN + key));
      gaps.labels.push(breaks.includes(i) ? 1 : 0);
    }
    sequence = '';
    breaks = [];
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHanUnit(code)) {
      between += text[i];
      continue;
    }
    if (sequence.length > 0 && between !== '') {
      if (BREAK_MATERIAL.test(between)) breaks.push(sequence.length);
      else flush();
    }
    sequence += text[i];
    between = '';
  }
  flush();
}

function chineseText(text: string): string | undefined {
  const detected = detectLanguage(text);
  return detected.language === 'zh' ? detected.analysisText : undefined;
}

function collect(): { train: Gaps; held: Gaps } {
  const corpus = loadCorpus();
  const heldTexts = new Set(corpus.filter((item) => item.split !== 'train' || item.source === 'asap').map((item) => item.text));
  const train: Gaps = { features: [], labels: [] };
  const held: Gaps = { features: [], labels: [] };
  for (const review of loadReviews()) {
    if (heldTexts.has(review.text)) continue;
    const text = chineseText(review.text);
    if (text) addGaps(text, train);
  }
  for (const item of corpus) {
    if (item.source === 'asap') continue;
    const text = chineseText(item.text);
    if (text) addGaps(text, item.split === 'train' ? train : held);
  }
  return { train, held };
}

function fit(train: Gaps, index: Map<number, number>): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(index.size);
  const squares = new Float64Array(index.size).fill(1e-2);
  const rows = train.labels.length;
  const columns = new Int32Array(rows * CONTEXTS.length);
  train.features.forEach((feature, k) => (columns[k] = index.get(feature) ?? -1));
  let bias = -2;
  let biasSquares = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows; k++) {
      // A fixed stride through the rows: shuffled enough for SGD, and the same every run.
      const row = (k * 7919 + epoch * 104729) % rows;
      let z = bias;
      for (let c = 0; c < CONTEXTS.length; c++) {
        const column = columns[row * CONTEXTS.length + c]!;
        if (column >= 0) z += weights[column]!;
      }
      const gradient = 1 / (1 + Math.exp(-z)) - train.labels[row]!;
      biasSquares += gradient * gradient;
      bias -= (LEARNING_RATE * gradient) / Math.sqrt(biasSquares);
      for (let c = 0; c < CONTEXTS.length; c++) {
        const column = columns[row * CONTEXTS.length + c]!;
        if (column < 0) continue;
        squares[column]! += gradient * gradient;
        weights[column]! -= (LEARNING_RATE * (gradient + L2 * weights[column]!)) / Math.sqrt(squares[column]!);
      }
    }
  }
  return { weights, bias };
}

function main(): void {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const { train, held } = collect();
  const counts = new Map<number, number>();
  for (const feature of train.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = [...counts].filter(([, count]) => count >= MIN_CONTEXT_COUNT).map(([feature]) => feature).sort((a, b) => a - b);
  const index = new Map(kept.map((feature, column) => [feature, column]));
  const { weights, bias } = fit(train, index);

  const scale = Math.max(...weights.map(Math.abs)) / 127;
  const quantised = Buffer.alloc(kept.length);
  const serialised: SerialisedClauseBreakModel = { format: CLAUSE_BREAK_FORMAT, bias, scale, before: '', after: '', endings: '', openings: '', weights: '' };
  kept.forEach((feature, column) => {
    const context = CONTEXTS[Math.floor(feature / CONTEXT_SPAN)]!;
    const key = feature % CONTEXT_SPAN;
    serialised[context] += key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
    quantised.writeInt8(Math.round(weights[column]! / scale), column);
  });
  serialised.weights = quantised.toString('base64');

  const heldCounts = { tp: 0, fp: 0, fn: 0 };
  const threshold = Math.log(0.4 / 0.6);
  for (let row = 0; row < held.labels.length; row++) {
    let z = bias;
    for (let c = 0; c < CONTEXTS.length; c++) {
      const column = index.get(held.features[row * CONTEXTS.length + c]!);
      if (column !== undefined) z += quantised.readInt8(column) * scale;
    }
    const predicted = z > threshold;
    if (predicted && held.labels[row] === 1) heldCounts.tp += 1;
    else if (predicted) heldCounts.fp += 1;
    else if (held.labels[row] === 1) heldCounts.fn += 1;
  }
  const { tp, fp, fn } = heldCounts;
  console.log(`gaps: ${train.labels.length.toLocaleString('en')} to train on, ${held.labels.length.toLocaleString('en')} held out; contexts kept ${kept.length.toLocaleString('en')}`);
  console.log(`breaks on the held-out gaps at p ≥ 0.4: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}, F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
  if (values['dry-run']) return;
  const packed = packModel(serialised);
  writeFileSync(MODEL_FILE, packed);
  console.log(`wrote ${MODEL_FILE.pathname} (${packed.length.toLocaleString('en')} bytes)`);
}

main();
