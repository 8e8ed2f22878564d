import type { ClauseNgrams, NgramIndex } from './ngram-index.ts';
import { NgramTable, tableOfModelNgrams } from './ngram-table.ts';
import { bigramKey, ngramShown, ngramText, type WeightedClause } from './zh-clauses.ts';

/**
 * The trained Chinese sentiment model: logistic regression over weighted character unigrams
 * and bigrams (see scripts/train-sentiment.ts). It is committed as a small TypeScript module
 * that any bundler inlines: the n-grams as plain strings and the weights as base64 int16, which
 * Node turns into a lookup table in a few milliseconds.
 */
export interface ZhSentimentModel {
  bias: number;
  weights: NgramTable;
  /** The n-grams and int16 weights as the model file lists them (weight = int16 / scale), when it was read from one. */
  quantised?: { unigrams: string; bigrams: string; weights: Int16Array; scale: number };
}

export interface SerialisedModel {
  format: typeof FORMAT;
  bias: number;
  /** Weight = int16 / scale. */
  scale: number;
  /** Unigram characters, one UTF-16 unit each. */
  unigrams: string;
  /** Bigrams, two UTF-16 units each. */
  bigrams: string;
  /** Little-endian int16 weights, unigrams first, base64. */
  weights: string;
}

export interface ModelScore {
  logit: number;
  /** The n-grams that pushed hardest either way, for explanations. */
  strongest: string[];
}

const FORMAT = 'zh-sentiment-logreg-v2';

export function serialiseModel(model: ZhSentimentModel): SerialisedModel {
  const entries = [...model.weights.entries()].sort((a, b) => a[0] - b[0]);
  const maxWeight = Math.max(...entries.map(([, weight]) => Math.abs(weight)), 1e-6);
  const scale = Math.floor(32767 / maxWeight);
  const quantised = new Int16Array(entries.map(([, weight]) => Math.round(weight * scale)));
  const texts = entries.map(([key]) => ngramText(key));
  return {
    format: FORMAT,
    bias: Number(model.bias.toFixed(4)),
    scale,
    unigrams: texts.filter((t) => t.length === 1).join(''),
    bigrams: texts.filter((t) => t.length === 2).join(''),
    weights: Buffer.from(quantised.buffer).toString('base64'),
  };
}

export function parseModel(serialised: SerialisedModel): ZhSentimentModel {
  if (serialised.format !== FORMAT) throw new Error(`unsupported zh sentiment model format ${String(serialised.format)}`);
  const bytes = Buffer.from(serialised.weights, 'base64');
  const quantised = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const { unigrams, bigrams, scale } = serialised;
  if (quantised.length !== unigrams.length + bigrams.length / 2) throw new Error('zh sentiment model: n-grams and weights differ in length');
  // The table is built when first read: the classifier reads the n-grams through NgramIndex,
  // compiled from `quantised`, and at a Lambda's cold start the table cost more than the index.
  let weights: NgramTable | undefined;
  return {
    bias: serialised.bias,
    get weights(): NgramTable {
      if (!weights) {
        weights = tableOfModelNgrams(unigrams, bigrams, (row) => quantised[row]! / scale);
      }
      return weights;
    },
    quantised: { unigrams, bigrams, weights: quantised, scale },
  };
}

function overlaps(spans: readonly [number, number][], start: number, end: number): boolean {
  for (const [spanStart, spanEnd] of spans) if (start < spanEnd && end > spanStart) return true;
  return false;
}

/**
 * `skipSpans[clauseIndex]` lists character spans the model must not read (negated phrases the
 * rules have already scored). The bias shrinks with the share of n-grams skipped, so a message
 * that is nothing but "不慢" is left to the rules entirely.
 *
 * Visits the n-grams of forEachNgram (zh-clauses.ts), which training uses, in the same order,
 * through their numbers in `index` (looked up once per message into `ngrams`, which the
 * complaint-type model reads too); written out because a callback per n-gram was most of the cost.
 * `clauseSums`, when given, receives each clause's n-gram sum before its contrast weight.
 */
export function scoreWithModel(
  model: ZhSentimentModel,
  index: NgramIndex,
  ngrams: ClauseNgrams,
  clauses: readonly WeightedClause[],
  skipSpans: readonly (readonly [number, number][])[] = [],
  clauseSums?: Float64Array,
): ModelScore {
  const weights = index.sentimentWeights;
  const { unigrams, bigrams } = ngrams;
  const seen = occurrencesFor(weights.length);
  let sum = 0;
  let visited = 0;
  let skipped = 0;
  let positiveKey = -1;
  let positive = 0;
  let negativeKey = -1;
  let negative = 0;
  let p = 0;
  for (let c = 0; c < clauses.length; c++) {
    const { modelText: text, weight } = clauses[c]!;
    const before = sum;
    const spans = skipSpans[c];
    const skipping = spans !== undefined && spans.length > 0;
    for (let i = 0; i < text.length; i++, p++) {
      // The unigram at i, then the bigram ending at i. An n-gram without a weight reads 0
      // (index.sentimentWeights), which changes neither the sum nor the strongest.
      visited += 1;
      if (skipping && overlaps(spans, i, i + 1)) skipped += 1;
      else if (seen.count(unigrams[p]! + 1)) {
        const contribution = weights[unigrams[p]! + 1]! * weight;
        sum += contribution;
        if (contribution > positive) {
          positiveKey = text.charCodeAt(i);
          positive = contribution;
        } else if (contribution < negative) {
          negativeKey = text.charCodeAt(i);
          negative = contribution;
        }
      }
      if (i === 0) continue;
      visited += 1;
      if (skipping && overlaps(spans, i - 1, i + 1)) skipped += 1;
      else if (seen.count(bigrams[p]! + 1)) {
        const contribution = weights[bigrams[p]! + 1]! * weight;
        sum += contribution;
        if (contribution > positive) {
          positiveKey = bigramKey(text.charCodeAt(i - 1), text.charCodeAt(i));
          positive = contribution;
        } else if (contribution < negative) {
          negativeKey = bigramKey(text.charCodeAt(i - 1), text.charCodeAt(i));
          negative = contribution;
        }
      }
    }
    if (clauseSums) clauseSums[c] = (sum - before) / weight;
  }
  const norm = Math.sqrt(Math.max(visited, 1));
  const strongest: string[] = [];
  if (negativeKey >= 0) strongest.push(ngramShown(negativeKey));
  if (positiveKey >= 0) strongest.push(ngramShown(positiveKey));
  const unskippedShare = visited === 0 ? 1 : (visited - skipped) / visited;
  seen.reset();
  return { logit: model.bias * unskippedShare + sum / norm, strongest };
}

/**
 * How often one n-gram may add its weight to a message's sum. Counted without a bound, a run of
 * one mark pasted thousands of times outweighed every word (a complaint followed by `"\` ×50 read
 * as praise, ×500 with certainty), while the norm grows only with the square root of the length.
 * Natural text repeats an n-gram a few times (at 32 no reading of the 70,554 texts of the corpus
 * and the measuring sets changed); junk, code and pasted logs repeat it hundreds.
 */
const MAX_OCCURRENCES = 32;

/** Per message, each n-gram's occurrences so far; reset by the entries it touched, not its size. */
class Occurrences {
  private readonly counts: Uint8Array;
  private readonly touched: number[] = [];
  constructor(readonly size: number) {
    this.counts = new Uint8Array(size);
  }
  /** Counts one more occurrence of `id`; false once it has been counted MAX_OCCURRENCES times. */
  count(id: number): boolean {
    const seen = this.counts[id]!;
    if (seen >= MAX_OCCURRENCES) return false;
    if (seen === 0) this.touched.push(id);
    this.counts[id] = seen + 1;
    return true;
  }
  reset(): void {
    for (const id of this.touched) this.counts[id] = 0;
    this.touched.length = 0;
  }
}

let occurrences: Occurrences | undefined;
function occurrencesFor(size: number): Occurrences {
  if (occurrences?.size !== size) occurrences = new Occurrences(size);
  return occurrences;
}
