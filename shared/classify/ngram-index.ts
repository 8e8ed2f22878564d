import type { ZhSentimentModel } from './sentiment-model.ts';
import { typeRowCount, type TypeModel } from './type-model.ts';
import { bigramKey } from './zh-clauses.ts';

/**
 * One lookup per character n-gram for both Chinese models: the sentiment model and the
 * complaint-type model read the same unigrams and bigrams of the same clauses, and two hash
 * tables meant two cache misses per n-gram. The index numbers every n-gram either model knows
 * and keeps, per number, the sentiment weight and the type model's weights; a message's n-grams
 * are looked up once (`lookUp`) and both scorers read the numbers.
 *
 * A type model n-gram's number is its row, so its weights are where the model has them: as
 * one-byte codes into a small per-type table of the distinct weights (for a model read from
 * int8, the int8 weights themselves) where the model's rows of float32 spread over half a
 * megabyte and missed the cache. The codes decode to the very float32 values of `model.weights`,
 * so every sum is unchanged. The sentiment model's other n-grams are numbered after the rows.
 */
const UNIGRAM_SLOTS = 65536;
const ABSENT = -1;

/** What the index needs of the complaint-type model. */
type TypeWeights = Pick<TypeModel, 'types' | 'rows' | 'weights' | 'int8Weights' | 'rowNgrams'>;

export class NgramIndex {
  /**
   * By n-gram number: the sentiment weight (as the model's table holds it), NaN where the model
   * lacks it. Float32, as the weights are: half the bytes of float64 for the same values, and
   * every n-gram of a message reads one at random.
   */
  readonly sentimentWeights: Float32Array;
  /** N-grams numbered below this are the type model's, each numbered by its row of weights. */
  readonly typeNgramCount: number;
  readonly typeCount: number;
  /** By n-gram number × typeCount + type: the weight's code; its value is typeLevels[type × levelsPerType + code]. */
  readonly typeCodes: Uint8Array | Uint32Array;
  readonly typeLevels: Float32Array;
  readonly levelsPerType: number;
  readonly #unigrams = new Int32Array(UNIGRAM_SLOTS).fill(ABSENT);
  /** Open addressing over bigram keys less UNIGRAM_SLOTS (never 0): key at [2i], number at [2i + 1]. */
  readonly #bigrams: Uint32Array;
  readonly #mask: number;
  readonly #shift: number;

  constructor(sentiment: ZhSentimentModel | undefined, typeModel: TypeWeights | undefined) {
    // Built on the first Chinese message, inside a Lambda's cold start: straight into typed arrays, no Map.
    this.typeCount = typeModel?.types.length ?? 0;
    const rowCount = typeModel ? typeRowCount(typeModel) : 0;
    const capacity = rowCount + (sentiment ? sentimentNgramCount(sentiment) : 0);
    // Unigrams are not hashed, so the bigrams fill at most two thirds of the slots.
    const bits = Math.max(4, Math.ceil(Math.log2(Math.max(capacity, 1) * 1.5)));
    this.#bigrams = new Uint32Array(2 << bits);
    this.#mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
    const sentimentWeights = new Float32Array(capacity).fill(Number.NaN);
    if (sentiment) this.#numberSentimentNgrams(sentiment, sentimentWeights, rowCount);
    if (typeModel) this.#numberTypeRows(typeModel, rowCount, sentimentWeights);
    this.typeNgramCount = rowCount;
    this.sentimentWeights = sentimentWeights;
    const compiled = typeModel ? compileTypeWeights(typeModel) : { codes: new Uint8Array(0), levels: new Float32Array(0), levelsPerType: 0 };
    this.typeCodes = compiled.codes;
    this.typeLevels = compiled.levels;
    this.levelsPerType = compiled.levelsPerType;
  }

  /**
   * Sentiment weights as float32, as the model's table holds them, numbered from `first` in the
   * model's order. From the model file's strings when the model has them (its table is then
   * never built), in loops without a callback per n-gram: at cold start, before the JIT, the
   * calls cost more than the work.
   */
  #numberSentimentNgrams(model: ZhSentimentModel, into: Float32Array, first: number): void {
    let id = first;
    if (!model.quantised) {
      model.weights.forEachEntry((key, weight) => {
        into[id] = weight;
        this.#insert(key, id++);
      });
      return;
    }
    const { unigrams, bigrams, weights, scale } = model.quantised;
    const table = this.#bigrams;
    const mask = this.#mask;
    const shift = this.#shift;
    for (let i = 0; i < unigrams.length; i++, id++) {
      into[id] = Math.fround(weights[i]! / scale);
      this.#unigrams[unigrams.charCodeAt(i)] = id;
    }
    // Bigrams inserted in this loop rather than through #insert: at cold start, before the JIT, a
    // call per n-gram cost as much as the hashing.
    for (let j = 0; j < bigrams.length; j += 2, id++) {
      into[id] = Math.fround(weights[unigrams.length + j / 2]! / scale);
      const bigram = bigramKey(bigrams.charCodeAt(j), bigrams.charCodeAt(j + 1)) - UNIGRAM_SLOTS;
      let slot = Math.imul(bigram, 0x9e3779b1) >>> shift;
      while (table[2 * slot] !== 0 && table[2 * slot] !== bigram) slot = (slot + 1) & mask;
      table[2 * slot] = bigram;
      table[2 * slot + 1] = id;
    }
  }

  /** A type n-gram's number is its row: one the sentiment model knows too moves its weight there. */
  #numberTypeRows(model: TypeWeights, rowCount: number, sentimentWeights: Float32Array): void {
    const renumber = (key: number, row: number): void => {
      const known = this.#id(key);
      if (known !== ABSENT) sentimentWeights[row] = sentimentWeights[known]!;
      this.#insert(key, row);
    };
    if (!model.rowNgrams) {
      model.rows.forEachEntry((key, row) => {
        if (!(row >= 0 && row < rowCount)) throw new Error(`complaint-type model: n-gram row ${row} outside its ${rowCount} weight rows`);
        renumber(key, row);
      });
      return;
    }
    const { unigrams, bigrams } = model.rowNgrams;
    const unigramIds = this.#unigrams;
    for (let i = 0; i < unigrams.length; i++) {
      const code = unigrams.charCodeAt(i);
      const known = unigramIds[code]!;
      if (known !== ABSENT) sentimentWeights[i] = sentimentWeights[known]!;
      unigramIds[code] = i;
    }
    const table = this.#bigrams;
    const mask = this.#mask;
    const shift = this.#shift;
    for (let j = 0, row = unigrams.length; j < bigrams.length; j += 2, row++) {
      const bigram = bigramKey(bigrams.charCodeAt(j), bigrams.charCodeAt(j + 1)) - UNIGRAM_SLOTS;
      let slot = Math.imul(bigram, 0x9e3779b1) >>> shift;
      while (table[2 * slot] !== 0 && table[2 * slot] !== bigram) slot = (slot + 1) & mask;
      if (table[2 * slot] !== 0) sentimentWeights[row] = sentimentWeights[table[2 * slot + 1]!]!;
      table[2 * slot] = bigram;
      table[2 * slot + 1] = row;
    }
  }

  #insert(key: number, id: number): void {
    if (key < UNIGRAM_SLOTS) {
      this.#unigrams[key] = id;
      return;
    }
    const slot = this.#slot(key - UNIGRAM_SLOTS);
    this.#bigrams[slot] = key - UNIGRAM_SLOTS;
    this.#bigrams[slot + 1] = id;
  }

  #id(key: number): number {
    if (key < UNIGRAM_SLOTS) return this.#unigrams[key]!;
    const slot = this.#slot(key - UNIGRAM_SLOTS);
    return this.#bigrams[slot] === 0 ? ABSENT : this.#bigrams[slot + 1]!;
  }

  /** The type model's weight for n-gram number `id` (< typeNgramCount) and type `type`. */
  typeWeight(id: number, type: number): number {
    return this.typeLevels[type * this.levelsPerType + this.typeCodes[id * this.typeCount + type]!]!;
  }

  #slot(bigram: number): number {
    let index = Math.imul(bigram, 0x9e3779b1) >>> this.#shift;
    while (this.#bigrams[2 * index] !== 0 && this.#bigrams[2 * index] !== bigram) index = (index + 1) & this.#mask;
    return 2 * index;
  }

  /**
   * Numbers the n-grams of each clause into `into`: at a clause's position p (clauses laid end
   * to end), `unigrams[p]` is the character's number and `bigrams[p]` that of the bigram ending
   * there (-1: unknown to both models, or no bigram at a clause's first character).
   */
  lookUp(clauses: readonly { modelText: string }[], into: ClauseNgrams): void {
    let characters = 0;
    for (let c = 0; c < clauses.length; c++) characters += clauses[c]!.modelText.length;
    into.reserve(characters);
    const { unigrams, bigrams } = into;
    let p = 0;
    for (let c = 0; c < clauses.length; c++) {
      const text = clauses[c]!.modelText;
      let previous = -1;
      for (let i = 0; i < text.length; i++, p++) {
        const code = text.charCodeAt(i);
        unigrams[p] = this.#unigrams[code]!;
        if (previous < 0) bigrams[p] = ABSENT;
        else {
          const bigram = bigramKey(previous, code) - UNIGRAM_SLOTS;
          const slot = this.#slot(bigram);
          bigrams[p] = this.#bigrams[slot] === 0 ? ABSENT : this.#bigrams[slot + 1]!;
        }
        previous = code;
      }
    }
  }
}

/** A message's n-gram numbers (NgramIndex.lookUp), in buffers reused from message to message. */
export class ClauseNgrams {
  unigrams = new Int32Array(256);
  bigrams = new Int32Array(256);

  reserve(characters: number): void {
    if (this.unigrams.length >= characters) return;
    this.unigrams = new Int32Array(2 * characters);
    this.bigrams = new Int32Array(2 * characters);
  }
}

function sentimentNgramCount(model: ZhSentimentModel): number {
  return model.quantised ? model.quantised.weights.length : model.weights.size;
}

interface CompiledTypeWeights {
  codes: Uint8Array | Uint32Array;
  levels: Float32Array;
  levelsPerType: number;
}

/**
 * The type model's weights as codes, row by row. A model read from its int8 file keeps its int8
 * weights, code q & 255 decoding to q / scale as float32, computed as parseTypeModel computes
 * model.weights; any other model (training's candidates) gets a code per distinct weight.
 * (test/classify/type-scoring.test.ts checks every decoded weight of the committed model.)
 */
function compileTypeWeights(model: TypeWeights): CompiledTypeWeights {
  const { int8Weights } = model;
  if (!int8Weights) return distinctCodes(model);
  const typeCount = model.types.length;
  const levels = new Float32Array(typeCount * 256);
  for (let t = 0; t < typeCount; t++) for (let q = -128; q < 128; q++) levels[t * 256 + (q & 255)] = q / int8Weights.scales[t]!;
  const { values } = int8Weights;
  return { codes: new Uint8Array(values.buffer, values.byteOffset, values.length), levels, levelsPerType: 256 };
}

const NEGATIVE_ZERO = 'negative zero';

function distinctCodes(model: TypeWeights): CompiledTypeWeights {
  const typeCount = model.types.length;
  const perType = Array.from({ length: typeCount }, () => new Map<number | typeof NEGATIVE_ZERO, number>());
  const codes = new Uint32Array(model.weights.length);
  for (let i = 0; i < model.weights.length; i++) {
    const weight = model.weights[i]!;
    const known = perType[i % typeCount]!;
    // A Map takes -0 for 0, and the two can differ in a sum (-0 + -0 is -0).
    const key = Object.is(weight, -0) ? NEGATIVE_ZERO : weight;
    let code = known.get(key);
    if (code === undefined) {
      code = known.size;
      known.set(key, code);
    }
    codes[i] = code;
  }
  const levelsPerType = Math.max(1, ...perType.map((known) => known.size));
  const levels = new Float32Array(typeCount * levelsPerType);
  perType.forEach((known, t) => known.forEach((code, weight) => (levels[t * levelsPerType + code] = weight === NEGATIVE_ZERO ? -0 : weight)));
  return { codes, levels, levelsPerType };
}
