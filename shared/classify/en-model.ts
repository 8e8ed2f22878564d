import { forEachEnglishWord } from './en-features.ts';

/**
 * The English model: logistic regressions over word features (en-features.ts) for the overall
 * sentiment and, one per type, for the complaint types, each beside the lexicon's own evidence
 * (AFINN and the taxonomy's English phrases) as dense features. Trained by
 * scripts/train-english.ts on the corpus's English items; weights stored as int8.
 */
export interface EnglishModel {
  /** Feature → row. */
  rows: Map<string, number>;
  types: string[];
  /** rows × types. */
  typeWeights: Float32Array;
  /** types × dense features (type-model.ts denseFeatures). */
  typeDense: Float32Array;
  typeBias: Float32Array;
  thresholds: Float32Array;
  /** Per row. */
  sentimentWeights: Float32Array;
  /** Weight of the lexicon's own score, tanh(raw / 2). */
  sentimentLexicon: number;
  sentimentBias: number;
}

export interface SerialisedEnglishModel {
  format: typeof FORMAT;
  /** The features, one per row, joined by "\n". */
  features: string;
  types: string[];
  /** int8 rows × types, base64; weight = int8 / typeScale. */
  typeWeights: string;
  typeScale: number;
  typeDense: number[];
  typeBias: number[];
  thresholds: number[];
  /** int8 per row, base64; weight = int8 / sentimentScale. */
  sentimentWeights: string;
  sentimentScale: number;
  sentimentLexicon: number;
  sentimentBias: number;
}

const FORMAT = 'en-words-logreg-v1';

function quantise(weights: Float32Array): { base64: string; scale: number } {
  let max = 1e-6;
  for (const weight of weights) max = Math.max(max, Math.abs(weight));
  const scale = 127 / max;
  const bytes = Int8Array.from(weights, (weight) => Math.round(weight * scale));
  return { base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), scale };
}

function dequantise(base64: string, scale: number, length: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== length) throw new Error(`english model: ${bytes.length} weights where ${length} were expected`);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from(signed, (value) => value / scale);
}

const round = (values: ArrayLike<number>): number[] => Array.from(values, (value) => Number(value.toFixed(4)));

export function serialiseEnglishModel(model: EnglishModel): SerialisedEnglishModel {
  const features = [...model.rows].sort((a, b) => a[1] - b[1]).map(([feature]) => feature);
  const types = quantise(model.typeWeights);
  const sentiment = quantise(model.sentimentWeights);
  return {
    format: FORMAT,
    features: features.join('\n'),
    types: model.types,
    typeWeights: types.base64,
    typeScale: Number(types.scale.toFixed(4)),
    typeDense: round(model.typeDense),
    typeBias: round(model.typeBias),
    thresholds: round(model.thresholds),
    sentimentWeights: sentiment.base64,
    sentimentScale: Number(sentiment.scale.toFixed(4)),
    sentimentLexicon: Number(model.sentimentLexicon.toFixed(4)),
    sentimentBias: Number(model.sentimentBias.toFixed(4)),
  };
}

export function parseEnglishModel(serialised: SerialisedEnglishModel): EnglishModel {
  if (serialised.format !== FORMAT) throw new Error(`unsupported english model format ${String(serialised.format)}`);
  const features = serialised.features.length > 0 ? serialised.features.split('\n') : [];
  const typeCount = serialised.types.length;
  return {
    rows: new Map(features.map((feature, row) => [feature, row])),
    types: serialised.types,
    typeWeights: dequantise(serialised.typeWeights, serialised.typeScale, features.length * typeCount),
    typeDense: Float32Array.from(serialised.typeDense),
    typeBias: Float32Array.from(serialised.typeBias),
    thresholds: Float32Array.from(serialised.thresholds),
    sentimentWeights: dequantise(serialised.sentimentWeights, serialised.sentimentScale, features.length),
    sentimentLexicon: serialised.sentimentLexicon,
    sentimentBias: serialised.sentimentBias,
  };
}

/**
 * A message's features that the model has rows for, with their rows, in the features' order:
 * looked up once and read by the sentiment, the types and their explanations, where each looked
 * every word and word pair up again.
 */
export interface KnownFeatures {
  features: string[];
  rows: number[];
}

/**
 * The model's features by their words: each token (a word, or a word marked "!") the features
 * hold gets a number, and a pair of tokens is found by its two numbers, so a message's pairs are
 * looked up without making their text (joining two tokens, then flattening and hashing the
 * string, per pair, was most of the time of an English message's features).
 */
interface FeatureIndex {
  tokens: Map<string, number>;
  /** Tokens marked "!", by their word. */
  negatedTokens: Map<string, number>;
  /** By token number: the row of the token as a feature of its own, or -1. */
  tokenRows: Int32Array;
  /** By first × tokenCount + second token number: the pair's row. */
  pairRows: Map<number, number>;
  tokenCount: number;
  /** By row: the feature. */
  features: string[];
  /** By row: the number of the message that last found it, so each counts once. */
  seen: Int32Array;
  message: number;
}

const featureIndices = new WeakMap<EnglishModel, FeatureIndex>();

function featureIndex(model: EnglishModel): FeatureIndex {
  let index = featureIndices.get(model);
  if (index) return index;
  const tokens = new Map<string, number>();
  const negatedTokens = new Map<string, number>();
  const tokenNumber = (token: string): number => {
    const [byWord, word] = token.startsWith('!') ? [negatedTokens, token.slice(1)] : [tokens, token];
    let known = byWord.get(word);
    if (known === undefined) byWord.set(word, (known = tokens.size + negatedTokens.size));
    return known;
  };
  const features: string[] = [];
  const pairs: [number, number, number][] = [];
  const singles: [number, number][] = [];
  for (const [feature, row] of model.rows) {
    features[row] = feature;
    const space = feature.indexOf(' ');
    if (space < 0) singles.push([tokenNumber(feature), row]);
    else pairs.push([tokenNumber(feature.slice(0, space)), tokenNumber(feature.slice(space + 1)), row]);
  }
  const tokenCount = tokens.size + negatedTokens.size;
  const tokenRows = new Int32Array(tokenCount).fill(-1);
  for (const [token, row] of singles) tokenRows[token] = row;
  const pairRows = new Map<number, number>();
  for (const [first, second, row] of pairs) pairRows.set(first * tokenCount + second, row);
  index = { tokens, negatedTokens, tokenRows, pairRows, tokenCount, features, seen: new Int32Array(features.length), message: 0 };
  featureIndices.set(model, index);
  return index;
}

const STAMP_LIMIT = 0x7fffffff;

/** The features of `text` (englishFeatures') that the model has rows for, in their order. */
export function knownFeatures(model: EnglishModel, text: string): KnownFeatures {
  const index = featureIndex(model);
  if (++index.message === STAMP_LIMIT) {
    index.seen.fill(0);
    index.message = 1;
  }
  const { seen, message } = index;
  const known: KnownFeatures = { features: [], rows: [] };
  const add = (row: number): void => {
    if (row < 0 || seen[row] === message) return;
    seen[row] = message;
    known.features.push(index.features[row]!);
    known.rows.push(row);
  };
  let previous = -1;
  forEachEnglishWord(text, (word, negated, opensSentence) => {
    const token = (negated ? index.negatedTokens : index.tokens).get(word) ?? -1;
    if (token >= 0) add(index.tokenRows[token]!);
    // A pair of the model is of two tokens the model numbered.
    if (!opensSentence && previous >= 0 && token >= 0) add(index.pairRows.get(previous * index.tokenCount + token) ?? -1);
    previous = token;
  });
  return known;
}

/** The model's logit that the customer is satisfied, from the words and the lexicon's raw score. */
export function englishSentimentLogit(model: EnglishModel, { features, rows }: KnownFeatures, lexiconRaw: number): { logit: number; strongest: string[] } {
  let logit = model.sentimentBias + model.sentimentLexicon * Math.tanh(lexiconRaw / 2);
  const strongest = new StrongestFeatures(3);
  for (let i = 0; i < rows.length; i++) {
    const weight = model.sentimentWeights[rows[i]!]!;
    logit += weight;
    if (weight !== 0) strongest.offer(i, Math.abs(weight));
  }
  return { logit, strongest: strongest.features(features) };
}

/** Per type of the model, the probability that the message voices it. */
export function englishTypeProbabilities(model: EnglishModel, { rows }: KnownFeatures, dense: Float32Array): Float32Array {
  const typeCount = model.types.length;
  const logits = Float32Array.from(model.typeBias);
  for (let t = 0; t < typeCount; t++) {
    for (let d = 0; d < dense.length; d++) logits[t]! += model.typeDense[t * dense.length + d]! * dense[d]!;
  }
  for (const row of rows) {
    for (let t = 0; t < typeCount; t++) logits[t]! += model.typeWeights[row * typeCount + t]!;
  }
  return logits.map((logit) => 1 / (1 + Math.exp(-logit)));
}

/** The features of a message that pushed a type hardest, for explanations. */
export function strongestEnglishFeatures(model: EnglishModel, { features, rows }: KnownFeatures, type: number, count = 3): string[] {
  const typeCount = model.types.length;
  const strongest = new StrongestFeatures(count);
  for (let i = 0; i < rows.length; i++) {
    const weight = model.typeWeights[rows[i]! * typeCount + type]!;
    if (weight > 0) strongest.offer(i, weight);
  }
  return strongest.features(features);
}

/**
 * The `limit` features with the highest scores, highest first, the earlier of equal scores
 * first: the head of a stable sort of all of them, without a pair per feature and the sort
 * (which were most of an English message's garbage).
 */
class StrongestFeatures {
  readonly #positions: number[] = [];
  readonly #scores: number[] = [];

  constructor(readonly limit: number) {}

  /** The feature at `position` of the message's features, with its score. */
  offer(position: number, score: number): void {
    const positions = this.#positions;
    const scores = this.#scores;
    let at = positions.length;
    if (at < this.limit) {
      positions.push(position);
      scores.push(score);
    } else if (at > 0 && score > scores[at - 1]!) {
      at -= 1;
    } else {
      return;
    }
    // An equal score stays behind the one offered before it, as a stable sort keeps them.
    while (at > 0 && score > scores[at - 1]!) {
      positions[at] = positions[at - 1]!;
      scores[at] = scores[at - 1]!;
      at -= 1;
    }
    positions[at] = position;
    scores[at] = score;
  }

  features(features: readonly string[]): string[] {
    return this.#positions.map((position) => features[position]!);
  }
}
