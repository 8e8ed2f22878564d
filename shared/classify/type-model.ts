import type { AnalysedClause } from './analysed-clause.ts';
import type { PhraseEvidence } from './complaint-types.ts';
import { NgramTable } from './ngram-table.ts';
import { bigramKey, ngramText } from './zh-clauses.ts';

/**
 * The learned complaint-type detector: one logistic regression per type (one-vs-rest) over
 *  - the Chinese character unigrams and bigrams of the clauses that do not praise, and
 *  - dense features: each type's phrase evidence from the taxonomy lexicons (summed weight and
 *    whether a problem phrase matched) and the message's sentiment,
 * with a decision threshold per type chosen on a development split
 * (scripts/train-complaint-types.ts). The lexicon features carry what the labelled corpus is too
 * small to teach (English, rare phrasings); the n-grams learn how customers actually word things.
 */
export interface TypeModel {
  types: string[];
  /** n-gram key → row of `weights` (types.length values per row). */
  rows: NgramTable;
  weights: Float32Array;
  /** types.length × DENSE_FEATURES, row-major by type. */
  dense: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
  /** A window alone must reach these (higher: a long review has many windows to be wrong in). */
  windowThresholds: Float32Array;
  /**
   * Long messages are also scored window by window (this many consecutive clauses; 0: never):
   * a complaint point in the middle of a long, mostly happy review is local, and the whole
   * message's n-grams dilute it.
   */
  window: number;
}

export interface SerialisedTypeModel {
  format: typeof FORMAT;
  types: string[];
  /** Unigram characters, one UTF-16 unit each, then bigrams, two units each. */
  unigrams: string;
  bigrams: string;
  /** Int8 weights, one row per n-gram (unigrams first), types.length per row, base64. */
  weights: string;
  /** Per type: int8 / scale = weight. */
  scales: number[];
  dense: number[][];
  bias: number[];
  thresholds: number[];
  windowThresholds: number[];
  window: number;
}

const FORMAT = 'zh-complaint-types-ovr-v1';
/** Lexicon sums are capped: three strong phrases say all there is to say. */
const EVIDENCE_CAP = 3;

/** Dense features: per type, summed lexicon weight and problem flag; then sentiment and a constant-free length term. */
export function denseFeatureCount(typeCount: number): number {
  return 2 * typeCount + 2;
}

export function denseFeatures(evidence: PhraseEvidence, sentimentRaw: number, textLength: number, into?: Float32Array): Float32Array {
  const count = evidence.sums.length;
  const features = into ?? new Float32Array(denseFeatureCount(count));
  for (let t = 0; t < count; t++) {
    features[t] = Math.min(evidence.sums[t]!, EVIDENCE_CAP);
    features[count + t] = evidence.problems[t]!;
  }
  features[2 * count] = Math.tanh(sentimentRaw / 2);
  features[2 * count + 1] = Math.log1p(textLength) / 5;
  return features;
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Clauses that praise are skipped, as for the lexicon evidence: "态度很好" names no complaint. */
export const PRAISING_CLAUSE = 0.5;

/**
 * Visits the Han unigrams and bigrams (a bigram needs at least one Han character) of the
 * clauses that do not praise. Training and scoring both go through here.
 */
export function forEachTypeNgram(clauses: readonly AnalysedClause[], visit: (key: number) => void): void {
  for (const clause of clauses) {
    if (clause.lexiconScore > PRAISING_CLAUSE) continue;
    const { text } = clause;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const han = isHan(code);
      if (han) visit(code);
      if (previous >= 0 && (han || isHan(previous))) visit(bigramKey(previous, code));
      previous = code;
    }
  }
}

/** Fills `logits` (one per model type) for a message's clauses and dense features. */
export function scoreTypes(model: TypeModel, clauses: readonly AnalysedClause[], dense: Float32Array, logits: Float32Array): void {
  const typeCount = model.types.length;
  const denseCount = dense.length;
  for (let t = 0; t < typeCount; t++) {
    let sum = model.bias[t]!;
    const offset = t * denseCount;
    for (let d = 0; d < denseCount; d++) sum += model.dense[offset + d]! * dense[d]!;
    logits[t] = sum;
  }
  forEachTypeNgram(clauses, (key) => {
    const row = model.rows.get(key);
    if (Number.isNaN(row)) return;
    const base = row * typeCount;
    for (let t = 0; t < typeCount; t++) logits[t]! += model.weights[base + t]!;
  });
}

/** What scoring a message needs besides the model: its lexicon evidence for any run of clauses. */
export interface TypeScoringInput {
  clauses: readonly AnalysedClause[];
  /** Phrase evidence of some of the message's clauses, in the model's type order. */
  evidenceOf(clauses: readonly AnalysedClause[]): PhraseEvidence;
  sentimentRaw: number;
  length: number;
}

/** Reused buffers: scoring allocates nothing per message beyond the window slices. */
export interface TypeScratch {
  dense: Float32Array;
  logits: Float32Array;
}

export function typeScratch(model: TypeModel): TypeScratch {
  return { dense: new Float32Array(denseFeatureCount(model.types.length)), logits: new Float32Array(model.types.length) };
}

/** The sentiment of a window is its clauses' own lexicon polarity (scaled like the message's). */
const WINDOW_SENTIMENT_SCALE = 0.5;

function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Per type: the whole message's probability, and the highest of its windows' (0 for short messages). */
export interface TypeProbabilities {
  whole: Float32Array;
  window: Float32Array;
}

export function typeProbabilityBuffers(model: TypeModel): TypeProbabilities {
  return { whole: new Float32Array(model.types.length), window: new Float32Array(model.types.length) };
}

export function typeProbabilities(model: TypeModel, input: TypeScoringInput, scratch: TypeScratch, out: TypeProbabilities): void {
  const { clauses } = input;
  denseFeatures(input.evidenceOf(clauses), input.sentimentRaw, input.length, scratch.dense);
  scoreTypes(model, clauses, scratch.dense, scratch.logits);
  for (let t = 0; t < out.whole.length; t++) {
    out.whole[t] = sigmoid(scratch.logits[t]!);
    out.window[t] = 0;
  }
  if (model.window <= 0 || clauses.length <= model.window) return;
  for (let start = 0; start + model.window <= clauses.length; start++) {
    const window = clauses.slice(start, start + model.window);
    let lexicon = 0;
    let length = 0;
    for (const clause of window) {
      lexicon += clause.lexiconScore;
      length += clause.text.length;
    }
    denseFeatures(input.evidenceOf(window), WINDOW_SENTIMENT_SCALE * lexicon, length, scratch.dense);
    scoreTypes(model, window, scratch.dense, scratch.logits);
    for (let t = 0; t < out.window.length; t++) out.window[t] = Math.max(out.window[t]!, sigmoid(scratch.logits[t]!));
  }
}

/** The type's confidence when the message or one of its windows passes its threshold, else 0. */
export function decideType(model: TypeModel, probabilities: TypeProbabilities, type: number): number {
  const whole = probabilities.whole[type]!;
  const window = probabilities.window[type]!;
  const wholePasses = whole >= model.thresholds[type]!;
  const windowPasses = window >= model.windowThresholds[type]!;
  if (!wholePasses && !windowPasses) return 0;
  return Math.max(wholePasses ? whole : 0, windowPasses ? window : 0);
}

/** The n-grams that pushed type `typeIndex` up the most, for the explanation. */
export function strongestNgrams(model: TypeModel, clauses: readonly AnalysedClause[], typeIndex: number, limit = 3): string[] {
  const contributions = new Map<number, number>();
  forEachTypeNgram(clauses, (key) => {
    const row = model.rows.get(key);
    if (Number.isNaN(row)) return;
    const weight = model.weights[row * model.types.length + typeIndex]!;
    if (weight > 0) contributions.set(key, (contributions.get(key) ?? 0) + weight);
  });
  return [...contributions]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key]) => ngramText(key));
}

export function serialiseTypeModel(model: TypeModel): SerialisedTypeModel {
  const typeCount = model.types.length;
  const entries = [...model.rows.entries()].sort((a, b) => a[0] - b[0]);
  const scales = model.types.map((_, t) => {
    let max = 1e-6;
    for (const [, row] of entries) max = Math.max(max, Math.abs(model.weights[row * typeCount + t]!));
    return 127 / max;
  });
  const quantised = new Int8Array(entries.length * typeCount);
  entries.forEach(([, row], index) => {
    for (let t = 0; t < typeCount; t++) quantised[index * typeCount + t] = Math.round(model.weights[row * typeCount + t]! * scales[t]!);
  });
  const texts = entries.map(([key]) => ngramText(key));
  const round = (value: number) => Number(value.toFixed(4));
  const denseCount = model.dense.length / typeCount;
  return {
    format: FORMAT,
    types: model.types,
    unigrams: texts.filter((text) => text.length === 1).join(''),
    bigrams: texts.filter((text) => text.length === 2).join(''),
    weights: Buffer.from(quantised.buffer).toString('base64'),
    scales: scales.map(round),
    dense: model.types.map((_, t) => [...model.dense.subarray(t * denseCount, (t + 1) * denseCount)].map(round)),
    bias: [...model.bias].map(round),
    thresholds: [...model.thresholds].map(round),
    windowThresholds: [...model.windowThresholds].map(round),
    window: model.window,
  };
}

export function parseTypeModel(serialised: SerialisedTypeModel): TypeModel {
  if (serialised.format !== FORMAT) throw new Error(`unsupported complaint-type model format ${String(serialised.format)}`);
  const typeCount = serialised.types.length;
  const bytes = Buffer.from(serialised.weights, 'base64');
  const quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { unigrams, bigrams } = serialised;
  const rowCount = unigrams.length + bigrams.length / 2;
  if (quantised.length !== rowCount * typeCount) throw new Error('complaint-type model: n-grams and weights differ in length');
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i]! / serialised.scales[i % typeCount]!;
  const rows = new NgramTable(bigrams.length / 2);
  for (let i = 0; i < unigrams.length; i++) rows.set(unigrams.charCodeAt(i), i);
  for (let j = 0; j < bigrams.length; j += 2) rows.set(bigramKey(bigrams.charCodeAt(j), bigrams.charCodeAt(j + 1)), unigrams.length + j / 2);
  return {
    types: serialised.types,
    rows,
    weights,
    dense: Float32Array.from(serialised.dense.flat()),
    bias: Float32Array.from(serialised.bias),
    thresholds: Float32Array.from(serialised.thresholds),
    windowThresholds: Float32Array.from(serialised.windowThresholds),
    window: serialised.window,
  };
}
