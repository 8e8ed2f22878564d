import { PRAISING_CLAUSE, type AnalysedClause } from './analysed-clause.ts';
import type { ClauseEvidence, PhraseEvidence } from './complaint-types.ts';
import type { ClauseNgrams, NgramIndex } from './ngram-index.ts';
import { NgramTable, tableOfModelNgrams } from './ngram-table.ts';
import { bigramKey, ngramShown, ngramText } from './zh-clauses.ts';

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
  /** The int8 weights `weights` was read from (weights[i] = values[i] / scales[i % types]), when it was. */
  int8Weights?: { values: Int8Array; scales: readonly number[] };
  /** The n-grams of the rows as the model file lists them (row i: the i-th unigram, then the bigrams), when it was read from one. */
  rowNgrams?: { unigrams: string; bigrams: string };
  /** types.length × DENSE_FEATURES, row-major by type. */
  dense: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
  /** A window alone must reach these (higher: a long review has many windows to be wrong in). */
  windowThresholds: Float32Array;
  /**
   * Messages are also scored window by window (this many consecutive clauses; 0: never): a
   * complaint point in a long, mostly happy review is local, and a second problem in a short
   * message is drowned by the first one's n-grams in the whole message.
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

const FORMAT = 'zh-complaint-types-ovr-v2';
/** Lexicon sums are capped: three strong phrases say all there is to say. */
const EVIDENCE_CAP = 3;

/** The lexicon features (denseFeatures; the English model reads them too): per type, summed lexicon weight and problem flag; then sentiment and a constant-free length term. */
export function lexiconFeatureCount(typeCount: number): number {
  return 2 * typeCount + 2;
}

/** The type model's dense features: the lexicon features, then the message's service scene (service-scene.ts). */
export function denseFeatureCount(typeCount: number): number {
  return lexiconFeatureCount(typeCount) + 1;
}

export function denseFeatures(evidence: PhraseEvidence, sentimentRaw: number, textLength: number, into?: Float32Array): Float32Array {
  const count = evidence.sums.length;
  const features = into ?? new Float32Array(lexiconFeatureCount(count));
  for (let t = 0; t < count; t++) {
    features[t] = Math.min(evidence.sums[t]!, EVIDENCE_CAP);
    features[count + t] = evidence.problems[t]!;
  }
  features[2 * count] = Math.tanh(sentimentRaw / 2);
  features[2 * count + 1] = Math.log1p(textLength) / 5;
  return features;
}

/** The type model's dense features (denseFeatureCount): the lexicon features and the service scene. */
export function typeModelFeatures(evidence: PhraseEvidence, sentimentRaw: number, textLength: number, scene: number): Float32Array {
  const count = evidence.sums.length;
  const features = new Float32Array(denseFeatureCount(count));
  denseFeatures(evidence, sentimentRaw, textLength, features);
  features[lexiconFeatureCount(count)] = scene;
  return features;
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Clauses that praise are skipped, as for the lexicon evidence: "态度很好" names no complaint. */
export { PRAISING_CLAUSE };

/**
 * Visits the Han unigrams and bigrams (a bigram needs at least one Han character) of the
 * clauses that do not praise. Training and scoring both go through here.
 */
export function forEachTypeNgram(clauses: readonly AnalysedClause[], visit: (key: number) => void): void {
  for (const clause of clauses) forEachClauseNgram(clause, visit);
}

function forEachClauseNgram(clause: AnalysedClause, visit: (key: number) => void): void {
  if (clause.lexiconScore > PRAISING_CLAUSE) return;
  const text = clause.modelText;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const han = isHan(code);
    if (han) visit(code);
    if (previous >= 0 && (han || isHan(previous))) visit(bigramKey(previous, code));
    previous = code;
  }
}

/** log1p(length) / 5 as a float32 feature, by length: worked out once per length, not once per window. */
const LENGTH_FEATURES = new Float32Array(4096).fill(Number.NaN);

function lengthFeature(length: number): number {
  if (length >= LENGTH_FEATURES.length) return Math.fround(Math.log1p(length) / 5);
  if (Number.isNaN(LENGTH_FEATURES[length]!)) LENGTH_FEATURES[length] = Math.log1p(length) / 5;
  return LENGTH_FEATURES[length]!;
}

/**
 * Bias plus the dense features' contribution for every type, into `into`: the features of
 * denseFeatures (float32, as it stores them), built straight from the evidence at `at` in
 * `sums`/`problems`, and only the non-zero ones, in feature order (a window's evidence is mostly
 * zeros; adding a zero product never changes a non-zero sum and leaves a zero sum zero).
 */
function denseLogits(model: TypeModel, sums: Float64Array, problems: Uint8Array, at: number, sentimentRaw: number, length: number, scene: number, scratch: TypeScratch, into: Float64Array): void {
  const typeCount = into.length;
  const { nonZero, nonZeroValues } = scratch;
  let count = 0;
  for (let t = 0; t < typeCount; t++) {
    const value = Math.fround(Math.min(sums[at + t]!, EVIDENCE_CAP));
    if (value !== 0) {
      nonZero[count] = t;
      nonZeroValues[count++] = value;
    }
  }
  for (let t = 0; t < typeCount; t++) {
    if (problems[at + t] !== 0) {
      nonZero[count] = typeCount + t;
      nonZeroValues[count++] = problems[at + t]!;
    }
  }
  count = addMessageFeatures(typeCount, sentimentRaw, length, scene, scratch, count);
  applyDenseFeatures(model, scratch, count, into);
}

/** Appends the sentiment, length and scene features (when not zero) to the scratch's feature list; returns its new length. */
function addMessageFeatures(typeCount: number, sentimentRaw: number, length: number, scene: number, scratch: TypeScratch, count: number): number {
  const { nonZero, nonZeroValues } = scratch;
  // tanh(±0) is ±0: no feature.
  if (sentimentRaw !== 0) {
    const value = Math.fround(Math.tanh(sentimentRaw / 2));
    if (value !== 0) {
      nonZero[count] = 2 * typeCount;
      nonZeroValues[count++] = value;
    }
  }
  const lengthValue = lengthFeature(length);
  if (lengthValue !== 0) {
    nonZero[count] = 2 * typeCount + 1;
    nonZeroValues[count++] = lengthValue;
  }
  if (scene !== 0) {
    nonZero[count] = 2 * typeCount + 2;
    nonZeroValues[count++] = scene;
  }
  return count;
}

/** Bias plus the products of the scratch's `count` non-zero features, in their order, for every type. */
function applyDenseFeatures(model: TypeModel, scratch: TypeScratch, count: number, into: Float64Array): void {
  const typeCount = into.length;
  const { nonZero, nonZeroValues } = scratch;
  const width = denseFeatureCount(typeCount);
  const { bias, dense } = model;
  for (let t = 0; t < typeCount; t++) {
    let sum = bias[t]!;
    const offset = t * width;
    for (let k = 0; k < count; k++) sum += dense[offset + nonZero[k]!]! * nonZeroValues[k]!;
    into[t] = sum;
  }
}

/** What scoring a message needs besides the model: its lexicon evidence, whole and per clause. */
export interface TypeScoringInput {
  clauses: readonly AnalysedClause[];
  /** The clauses' n-gram numbers (NgramIndex.lookUp), in an index that holds this model's rows. */
  index: NgramIndex;
  ngrams: ClauseNgrams;
  /** The whole message's phrase evidence, in the model's type order. */
  evidence: PhraseEvidence;
  /** Each clause's own evidence in the model's type order (clauses × types); read only when windows are scored. */
  clauseEvidence: ClauseEvidence;
  sentimentRaw: number;
  length: number;
  /** serviceScene of the message: its windows are read in the same scene. */
  scene: number;
}

/** Reused buffers, grown to the longest message seen. */
export interface TypeScratch {
  /** Indices and values of the non-zero dense features. */
  nonZero: Int32Array;
  nonZeroValues: Float64Array;
  denseLogits: Float64Array;
  logits: Float32Array;
  /** Per type, the highest window logit so far. */
  windowLogits: Float64Array;
  /** Per clause, the n-grams' contribution to each type's logit (clauses × types). */
  clauseLogits: Float32Array;
  /** Per clause, a bit per type it has phrase evidence for (scoreWindows). */
  evidenceMasks: Int32Array;
  window: PhraseEvidence;
  /** The n-gram numbers (NgramIndex) and keys the last message hit, in order: explanations read them. */
  hitIds: Int32Array;
  hitKeys: Float64Array;
  hitCount: number;
  /**
   * Explanations: the last message's distinct n-grams (first-seen order), worked out on the
   * first type explained. N-gram numbers stamped with the message number tell which were seen.
   */
  distinctCount: number;
  /** Per distinct n-gram, its first hit, where its row of type weight codes starts, and how many hits it has. */
  distinctFirstHit: Int32Array;
  distinctRow: Int32Array;
  distinctHits: Int32Array;
  distinctMessage: number;
  message: number;
  /**
   * Per n-gram number of the type model (a row of its weights): the number of the message that
   * last hit it, and its distinct index there. 160 KB for the committed model's 20,000 rows, read
   * once per hit: 15 % less time than probing a hash table made per message (whose hashing,
   * probing and clearing cost more than the misses of this one).
   */
  seenRows: Int32Array;
  /** strongestNgrams' picks, per chosen type: its best distinct n-grams and their sums. */
  bestNgrams: Int32Array;
  bestSums: Float64Array;
  bestCounts: Int32Array;
}

/** How many rows of weights the model has, without building float32 weights read lazily. */
export function typeRowCount(model: Pick<TypeModel, 'types' | 'weights' | 'int8Weights'>): number {
  return (model.int8Weights?.values.length ?? model.weights.length) / Math.max(model.types.length, 1);
}

export function typeScratch(model: TypeModel): TypeScratch {
  const typeCount = model.types.length;
  return {
    nonZero: new Int32Array(denseFeatureCount(typeCount)),
    nonZeroValues: new Float64Array(denseFeatureCount(typeCount)),
    denseLogits: new Float64Array(typeCount),
    windowLogits: new Float64Array(typeCount),
    logits: new Float32Array(typeCount),
    clauseLogits: new Float32Array(typeCount * 16),
    evidenceMasks: new Int32Array(16),
    window: { sums: new Float64Array(typeCount), problems: new Uint8Array(typeCount), phrases: [] },
    hitIds: new Int32Array(0),
    hitKeys: new Float64Array(0),
    hitCount: 0,
    distinctFirstHit: new Int32Array(0),
    distinctRow: new Int32Array(0),
    distinctHits: new Int32Array(0),
    distinctCount: 0,
    distinctMessage: 0,
    message: 0,
    seenRows: new Int32Array(0),
    bestNgrams: new Int32Array(3 * typeCount),
    bestSums: new Float64Array(3 * typeCount),
    bestCounts: new Int32Array(typeCount),
  };
}

/** Grows the per-hit buffers for a message of `characters` (each adds at most two hits). */
function reserveHits(scratch: TypeScratch, characters: number): void {
  if (scratch.hitIds.length >= 2 * characters) return;
  const size = 4 * characters;
  scratch.hitIds = new Int32Array(size);
  scratch.hitKeys = new Float64Array(size);
  scratch.distinctFirstHit = new Int32Array(size);
  scratch.distinctRow = new Int32Array(size);
  scratch.distinctHits = new Int32Array(size);
}

/** The sentiment of a window is its clauses' own lexicon polarity (scaled like the message's). */
const WINDOW_SENTIMENT_SCALE = 0.5;

/** Far above exp's rounding error (relative 1e-16), far below any real difference between windows. */
const CLEARLY_BELOW = 1e-6;

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

/** 1 for a Han character (isHan), else 0, without a branch. */
function hanBit(code: number): number {
  return (~(code - 0x3400) >>> 31) & (~(0x9fff - code) >>> 31);
}

/** 1 when 0 <= id < typeNgramCount (a row of the type model), else 0, without a branch. */
function isTypeNgram(id: number, typeNgramCount: number): number {
  return (~id >>> 31) & ((id - typeNgramCount) >>> 31);
}

/**
 * Adds the weights of the clause's Han n-grams (forEachTypeNgram's, in its order) to
 * `logits[offset…offset + types)` and records the hits; the clause starts at position `from`
 * of the message's n-gram numbers. Written out, not through forEachClauseNgram: a callback per
 * n-gram was most of the cost of scoring. The hits are found first, then each type's weights are
 * summed in a local: a float32 sum rounded at every step (Math.fround), as storing into the
 * Float32Array after every addition rounded it, without a load and a store per n-gram and type.
 */
function addClauseNgrams(model: TypeModel, input: TypeScoringInput, text: string, from: number, scratch: TypeScratch, logits: Float32Array, offset: number): void {
  const typeCount = model.types.length;
  const { typeCodes, typeLevels, levelsPerType, typeNgramCount } = input.index;
  const { unigrams, bigrams } = input.ngrams;
  const { hitIds, hitKeys } = scratch;
  const firstHit = scratch.hitCount;
  let hitCount = firstHit;
  // Each n-gram is written down and counted only when it is a hit, by adding a 0 or a 1 worked
  // out in bits: tests of whether a bigram is in the model went either way at random and missed
  // the branch predictor. A clause's first character has no bigram number (-1), so no test of
  // the position is needed either.
  let previous = -1;
  let previousHan = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const han = hanBit(code);
    const unigram = unigrams[from + i]!;
    hitIds[hitCount] = unigram;
    hitKeys[hitCount] = code;
    hitCount += han & isTypeNgram(unigram, typeNgramCount);
    const bigram = bigrams[from + i]!;
    hitIds[hitCount] = bigram;
    hitKeys[hitCount] = bigramKey(previous, code);
    hitCount += (han | previousHan) & isTypeNgram(bigram, typeNgramCount);
    previous = code;
    previousHan = han;
  }
  scratch.hitCount = hitCount;
  if (hitCount === firstHit) return;
  // Eight types at a time, then four, three, two, one: each sum is a chain of dependent additions (and
  // roundings), and independent chains let the core overlap them; each pass reads every hit's
  // number and row again, so fewer, wider passes read less.
  let t = 0;
  for (; t + 7 < typeCount; t += 8) {
    const levels = t * levelsPerType;
    let sum0 = logits[offset + t]!;
    let sum1 = logits[offset + t + 1]!;
    let sum2 = logits[offset + t + 2]!;
    let sum3 = logits[offset + t + 3]!;
    let sum4 = logits[offset + t + 4]!;
    let sum5 = logits[offset + t + 5]!;
    let sum6 = logits[offset + t + 6]!;
    let sum7 = logits[offset + t + 7]!;
    for (let h = firstHit; h < hitCount; h++) {
      const row = hitIds[h]! * typeCount + t;
      sum0 = Math.fround(sum0 + typeLevels[levels + typeCodes[row]!]!);
      sum1 = Math.fround(sum1 + typeLevels[levels + levelsPerType + typeCodes[row + 1]!]!);
      sum2 = Math.fround(sum2 + typeLevels[levels + 2 * levelsPerType + typeCodes[row + 2]!]!);
      sum3 = Math.fround(sum3 + typeLevels[levels + 3 * levelsPerType + typeCodes[row + 3]!]!);
      sum4 = Math.fround(sum4 + typeLevels[levels + 4 * levelsPerType + typeCodes[row + 4]!]!);
      sum5 = Math.fround(sum5 + typeLevels[levels + 5 * levelsPerType + typeCodes[row + 5]!]!);
      sum6 = Math.fround(sum6 + typeLevels[levels + 6 * levelsPerType + typeCodes[row + 6]!]!);
      sum7 = Math.fround(sum7 + typeLevels[levels + 7 * levelsPerType + typeCodes[row + 7]!]!);
    }
    logits[offset + t] = sum0;
    logits[offset + t + 1] = sum1;
    logits[offset + t + 2] = sum2;
    logits[offset + t + 3] = sum3;
    logits[offset + t + 4] = sum4;
    logits[offset + t + 5] = sum5;
    logits[offset + t + 6] = sum6;
    logits[offset + t + 7] = sum7;
  }
  for (; t + 3 < typeCount; t += 4) {
    const levels = t * levelsPerType;
    let first = logits[offset + t]!;
    let second = logits[offset + t + 1]!;
    let third = logits[offset + t + 2]!;
    let fourth = logits[offset + t + 3]!;
    for (let h = firstHit; h < hitCount; h++) {
      const row = hitIds[h]! * typeCount + t;
      first = Math.fround(first + typeLevels[levels + typeCodes[row]!]!);
      second = Math.fround(second + typeLevels[levels + levelsPerType + typeCodes[row + 1]!]!);
      third = Math.fround(third + typeLevels[levels + 2 * levelsPerType + typeCodes[row + 2]!]!);
      fourth = Math.fround(fourth + typeLevels[levels + 3 * levelsPerType + typeCodes[row + 3]!]!);
    }
    logits[offset + t] = first;
    logits[offset + t + 1] = second;
    logits[offset + t + 2] = third;
    logits[offset + t + 3] = fourth;
  }
  // Three types in one pass, not two and one: eleven types are two passes, eight and three.
  for (; t + 2 < typeCount; t += 3) {
    const levels = t * levelsPerType;
    let first = logits[offset + t]!;
    let second = logits[offset + t + 1]!;
    let third = logits[offset + t + 2]!;
    for (let h = firstHit; h < hitCount; h++) {
      const row = hitIds[h]! * typeCount + t;
      first = Math.fround(first + typeLevels[levels + typeCodes[row]!]!);
      second = Math.fround(second + typeLevels[levels + levelsPerType + typeCodes[row + 1]!]!);
      third = Math.fround(third + typeLevels[levels + 2 * levelsPerType + typeCodes[row + 2]!]!);
    }
    logits[offset + t] = first;
    logits[offset + t + 1] = second;
    logits[offset + t + 2] = third;
  }
  for (; t + 1 < typeCount; t += 2) {
    const levels = t * levelsPerType;
    let sum = logits[offset + t]!;
    let next = logits[offset + t + 1]!;
    for (let h = firstHit; h < hitCount; h++) {
      const row = hitIds[h]! * typeCount + t;
      sum = Math.fround(sum + typeLevels[levels + typeCodes[row]!]!);
      next = Math.fround(next + typeLevels[levels + levelsPerType + typeCodes[row + 1]!]!);
    }
    logits[offset + t] = sum;
    logits[offset + t + 1] = next;
  }
  if (t < typeCount) {
    const levels = t * levelsPerType;
    let sum = logits[offset + t]!;
    for (let h = firstHit; h < hitCount; h++) sum = Math.fround(sum + typeLevels[levels + typeCodes[hitIds[h]! * typeCount + t]!]!);
    logits[offset + t] = sum;
  }
}

export function typeProbabilities(model: TypeModel, input: TypeScoringInput, scratch: TypeScratch, out: TypeProbabilities): void {
  const { clauses } = input;
  const typeCount = model.types.length;
  denseLogits(model, input.evidence.sums, input.evidence.problems, 0, input.sentimentRaw, input.length, input.scene, scratch, scratch.denseLogits);
  for (let t = 0; t < typeCount; t++) out.window[t] = 0;
  scratch.hitCount = 0;
  scratch.message += 1;
  // The message number tells countDistinctHits whether it already ran; it wraps within int32.
  if (scratch.message === STAMP_LIMIT) {
    scratch.message = 1;
    scratch.distinctMessage = 0;
    scratch.seenRows.fill(0);
  }
  let characters = 0;
  for (let c = 0; c < clauses.length; c++) characters += clauses[c]!.text.length;
  reserveHits(scratch, characters);
  let from = 0;
  if (model.window <= 0 || clauses.length <= model.window) {
    const logits = scratch.logits;
    for (let t = 0; t < typeCount; t++) logits[t] = scratch.denseLogits[t]!;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      if (clause.lexiconScore <= PRAISING_CLAUSE) addClauseNgrams(model, input, clause.modelText, from, scratch, logits, 0);
      from += clause.text.length;
    }
    for (let t = 0; t < typeCount; t++) out.whole[t] = sigmoid(logits[t]!);
    return;
  }

  // Each clause's n-gram contribution is computed once: the whole message's logits and every
  // window's are sums of them, plus their own dense features.
  if (scratch.clauseLogits.length < clauses.length * typeCount) scratch.clauseLogits = new Float32Array(clauses.length * typeCount * 2);
  const clauseLogits = scratch.clauseLogits;
  clauseLogits.fill(0, 0, clauses.length * typeCount);
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (clause.lexiconScore <= PRAISING_CLAUSE) addClauseNgrams(model, input, clause.modelText, from, scratch, clauseLogits, c * typeCount);
    from += clause.text.length;
  }
  for (let t = 0; t < typeCount; t++) {
    let logit = scratch.denseLogits[t]!;
    for (let c = 0; c < clauses.length; c++) logit += clauseLogits[c * typeCount + t]!;
    out.whole[t] = sigmoid(logit);
  }
  scoreWindows(model, input, scratch, out);
}

/**
 * Each window's logits: its dense features plus its clauses' n-gram sums (clauseLogits), and per
 * type the highest window's probability into `out.window`. A window's evidence features are those
 * of the types its clauses hold evidence for (a bit mask per clause): a window's sums and flags
 * elsewhere are 0 and give no feature, and building them for every type of every window was most
 * of the cost of scoring.
 */
function scoreWindows(model: TypeModel, input: TypeScoringInput, scratch: TypeScratch, out: TypeProbabilities): void {
  const { clauses, clauseEvidence } = input;
  const typeCount = model.types.length;
  const windowSize = model.window;
  const clauseCount = clauses.length;
  const { windowLogits, clauseLogits, denseLogits: dense } = scratch;
  const masks = typeCount <= MASKED_TYPES ? clauseEvidenceMasks(clauseEvidence, clauseCount, typeCount, scratch) : undefined;
  for (let t = 0; t < typeCount; t++) windowLogits[t] = Number.NEGATIVE_INFINITY;
  for (let start = 0; start + windowSize <= clauseCount; start++) {
    const end = start + windowSize;
    let lexicon = 0;
    let length = 0;
    for (let c = start; c < end; c++) {
      lexicon += clauses[c]!.lexiconScore;
      length += clauses[c]!.text.length;
    }
    const sentimentRaw = WINDOW_SENTIMENT_SCALE * lexicon;
    if (masks) windowDenseLogits(model, clauseEvidence, masks, start, end, sentimentRaw, length, input.scene, scratch, dense);
    else summedWindowDenseLogits(model, clauseEvidence, start, end, sentimentRaw, length, input.scene, scratch, dense);
    for (let t = 0; t < typeCount; t++) {
      let logit = dense[t]!;
      for (let c = start; c < end; c++) logit += clauseLogits[c * typeCount + t]!;
      // The sigmoid is monotonic, and Math.exp is off by under an ulp: a window whose logit is
      // clearly below the best so far cannot raise the maximum, so its exp is skipped.
      if (logit < windowLogits[t]! - CLEARLY_BELOW) continue;
      if (!(logit <= windowLogits[t]!)) windowLogits[t] = logit;
      out.window[t] = Math.max(out.window[t]!, sigmoid(logit));
    }
  }
}

/** Types a bit mask of an int32 holds. */
const MASKED_TYPES = 31;

/** Per clause, a bit per type whose phrase evidence there is not zero (a sum or a problem flag). */
function clauseEvidenceMasks(evidence: ClauseEvidence, clauseCount: number, typeCount: number, scratch: TypeScratch): Int32Array {
  if (scratch.evidenceMasks.length < clauseCount) scratch.evidenceMasks = new Int32Array(2 * clauseCount);
  const masks = scratch.evidenceMasks;
  for (let c = 0; c < clauseCount; c++) {
    let mask = 0;
    const at = c * typeCount;
    for (let t = 0; t < typeCount; t++) mask |= ((evidence.sums[at + t]! !== 0 ? 1 : 0) | evidence.problems[at + t]!) << t;
    masks[c] = mask;
  }
  return masks;
}

/**
 * denseLogits of the window [start, end): its sums (0 plus each clause's, in order) and flags,
 * for the types of its clauses' masks only, in type order, as denseLogits lists them.
 */
function windowDenseLogits(model: TypeModel, evidence: ClauseEvidence, masks: Int32Array, start: number, end: number, sentimentRaw: number, length: number, scene: number, scratch: TypeScratch, into: Float64Array): void {
  const typeCount = into.length;
  const { nonZero, nonZeroValues } = scratch;
  let mask = 0;
  for (let c = start; c < end; c++) mask |= masks[c]!;
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const t = 31 - Math.clz32(rest & -rest);
    let sum = 0;
    for (let c = start; c < end; c++) sum += evidence.sums[c * typeCount + t]!;
    const value = Math.fround(Math.min(sum, EVIDENCE_CAP));
    if (value !== 0) {
      nonZero[count] = t;
      nonZeroValues[count++] = value;
    }
  }
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const t = 31 - Math.clz32(rest & -rest);
    let problem = 0;
    for (let c = start; c < end; c++) problem |= evidence.problems[c * typeCount + t]!;
    if (problem !== 0) {
      nonZero[count] = typeCount + t;
      nonZeroValues[count++] = problem;
    }
  }
  count = addMessageFeatures(typeCount, sentimentRaw, length, scene, scratch, count);
  applyDenseFeatures(model, scratch, count, into);
}

/** denseLogits of the window [start, end) with its evidence summed for every type (for taxonomies too large for a mask). */
function summedWindowDenseLogits(model: TypeModel, evidence: ClauseEvidence, start: number, end: number, sentimentRaw: number, length: number, scene: number, scratch: TypeScratch, into: Float64Array): void {
  const typeCount = into.length;
  const { window } = scratch;
  // Loops, not fill(): a typed array's fill costs more to call than a dozen stores.
  for (let t = 0; t < typeCount; t++) {
    window.sums[t] = 0;
    window.problems[t] = 0;
  }
  for (let c = start; c < end; c++) {
    for (let t = 0; t < typeCount; t++) {
      window.sums[t]! += evidence.sums[c * typeCount + t]!;
      window.problems[t]! |= evidence.problems[c * typeCount + t]!;
    }
  }
  denseLogits(model, window.sums, window.problems, 0, sentimentRaw, length, scene, scratch, into);
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

const STAMP_LIMIT = 0x7fffffff;

/** Numbers the distinct n-grams of the last message's hits in first-seen order and counts their hits, once per message. */
function countDistinctHits(scratch: TypeScratch, typeCount: number, rowCount: number): void {
  if (scratch.distinctMessage === scratch.message) return;
  scratch.distinctMessage = scratch.message;
  const { distinctFirstHit, distinctRow, distinctHits, hitIds, hitCount } = scratch;
  if (scratch.seenRows.length < 2 * rowCount) scratch.seenRows = new Int32Array(2 * rowCount);
  const seen = scratch.seenRows;
  const message = scratch.message;
  let distinct = 0;
  for (let h = 0; h < hitCount; h++) {
    const id = hitIds[h]!;
    if (seen[2 * id] !== message) {
      seen[2 * id] = message;
      seen[2 * id + 1] = distinct;
      distinctFirstHit[distinct] = h;
      distinctRow[distinct] = id * typeCount;
      distinctHits[distinct] = 0;
      distinct += 1;
    }
    distinctHits[seen[2 * id + 1]!]! += 1;
  }
  scratch.distinctCount = distinct;
}

/**
 * For each of `typeIndices`, the n-grams of the last scored message that pushed that type up the
 * most, for the explanation: by summed weight over their hits. An n-gram's weight is the same at
 * every hit, and adding an f32 weight k times in f64 is exact (k × w needs at most 24 + log2 k
 * bits), so the sum is the weight times the hit count. `index` is the one the message was scored with.
 */
export function strongestNgrams(index: NgramIndex, scratch: TypeScratch, typeIndices: readonly number[], limit = 3): string[][] {
  const { typeCodes, typeLevels, levelsPerType, typeCount } = index;
  countDistinctHits(scratch, typeCount, index.typeNgramCount);
  const { distinctFirstHit, distinctRow, distinctHits, distinctCount } = scratch;
  const chosen = typeIndices.length;
  if (scratch.bestNgrams.length < chosen * limit || scratch.bestCounts.length < chosen) {
    scratch.bestNgrams = new Int32Array(chosen * limit);
    scratch.bestSums = new Float64Array(chosen * limit);
    scratch.bestCounts = new Int32Array(chosen);
  }
  const { bestNgrams, bestSums, bestCounts } = scratch;
  // Per type, the `limit` largest sums, highest first; the first of equal sums wins, as in a
  // stable sort. Type by type, with one test per n-gram against a bound held in a local: a test
  // of the weight's sign per n-gram and type went either way at random and missed the branch
  // predictor on about every other one.
  for (let k = 0; k < chosen; k++) {
    const t = typeIndices[k]!;
    const levels = t * levelsPerType;
    const first = k * limit;
    let count = 0;
    // A sum must beat this to enter: 0 (only positive weights count) until the list is full, then its last sum.
    let bound = limit > 0 ? 0 : Number.POSITIVE_INFINITY;
    for (let d = 0; d < distinctCount; d++) {
      const sum = typeLevels[levels + typeCodes[distinctRow[d]! + t]!]! * distinctHits[d]!;
      if (!(sum > bound)) continue;
      let at = count === limit ? limit - 1 : count;
      while (at > 0 && sum > bestSums[first + at - 1]!) {
        bestNgrams[first + at] = bestNgrams[first + at - 1]!;
        bestSums[first + at] = bestSums[first + at - 1]!;
        at -= 1;
      }
      bestNgrams[first + at] = d;
      bestSums[first + at] = sum;
      if (count < limit) count += 1;
      if (count === limit) bound = bestSums[first + limit - 1]!;
    }
    bestCounts[k] = count;
  }
  const strongest: string[][] = [];
  for (let k = 0; k < chosen; k++) {
    const texts: string[] = [];
    for (let r = 0; r < bestCounts[k]!; r++) texts.push(ngramShown(scratch.hitKeys[distinctFirstHit[bestNgrams[k * limit + r]!]!]!));
    strongest.push(texts);
  }
  return strongest;
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
  if (serialised.dense.some((row) => row.length !== denseFeatureCount(typeCount))) throw new Error('complaint-type model: dense weights are not denseFeatureCount per type');
  // The float32 weights and the n-gram table are built when first read: the classifier reads
  // neither (NgramIndex compiles the int8 weights and the n-gram strings), and at a Lambda's cold
  // start building them cost more than the index.
  let weights: Float32Array | undefined;
  let rows: NgramTable | undefined;
  return {
    types: serialised.types,
    get rows(): NgramTable {
      if (!rows) {
        rows = tableOfModelNgrams(unigrams, bigrams, (row) => row);
      }
      return rows;
    },
    get weights(): Float32Array {
      if (!weights) {
        weights = new Float32Array(quantised.length);
        for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i]! / serialised.scales[i % typeCount]!;
      }
      return weights;
    },
    rowNgrams: { unigrams, bigrams },
    int8Weights: { values: quantised, scales: serialised.scales },
    dense: Float32Array.from(serialised.dense.flat()),
    bias: Float32Array.from(serialised.bias),
    thresholds: Float32Array.from(serialised.thresholds),
    windowThresholds: Float32Array.from(serialised.windowThresholds),
    window: serialised.window,
  };
}
