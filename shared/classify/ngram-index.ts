import type { NgramTable } from './ngram-table.ts';
import type { TypeModel } from './type-model.ts';
import { bigramKey } from './zh-clauses.ts';

/**
 * One lookup per character n-gram for both Chinese models: the sentiment model and the
 * complaint-type model read the same unigrams and bigrams of the same clauses, and two hash
 * tables meant two cache misses per n-gram. The index numbers every n-gram either model knows
 * and keeps, per number, the sentiment weight and the type model's weights; a message's n-grams
 * are looked up once (`lookUp`) and both scorers read the numbers.
 *
 * The type model's n-grams are numbered first, 0 … typeNgramCount - 1, and their weights are
 * stored by number as codes into a small per-type table of the distinct weights (one byte per
 * weight for a model read from int8): a hit then reads one short run of bytes where the model's
 * rows of float32 spread over half a megabyte missed the cache. The codes decode to the very
 * float32 values of `model.weights`, so every sum is unchanged.
 */
const UNIGRAM_SLOTS = 65536;
const ABSENT = -1;

/** What the index needs of the complaint-type model. */
type TypeWeights = Pick<TypeModel, 'types' | 'rows' | 'weights' | 'int8Weights'>;

export class NgramIndex {
  /** By n-gram number: the sentiment weight (as the model's table holds it), NaN where the model lacks it. */
  readonly sentimentWeights: Float64Array;
  /** N-grams numbered below this are the type model's. */
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

  constructor(sentiment: NgramTable | undefined, typeModel: TypeWeights | undefined) {
    const ids = new Map<number, number>();
    const typeRows: number[] = [];
    typeModel?.rows.forEachEntry((key, row) => {
      ids.set(key, typeRows.length);
      typeRows.push(row);
    });
    this.typeNgramCount = typeRows.length;
    const sentimentWeights: number[] = new Array<number>(typeRows.length).fill(Number.NaN);
    sentiment?.forEachEntry((key, weight) => {
      const id = ids.get(key);
      if (id !== undefined) sentimentWeights[id] = weight;
      else {
        ids.set(key, sentimentWeights.length);
        sentimentWeights.push(weight);
      }
    });
    this.sentimentWeights = Float64Array.from(sentimentWeights);
    this.typeCount = typeModel?.types.length ?? 0;
    const compiled = typeModel ? compileTypeWeights(typeModel, typeRows) : { codes: new Uint8Array(0), levels: new Float32Array(0), levelsPerType: 0 };
    this.typeCodes = compiled.codes;
    this.typeLevels = compiled.levels;
    this.levelsPerType = compiled.levelsPerType;

    let bigramCount = 0;
    for (const key of ids.keys()) if (key >= UNIGRAM_SLOTS) bigramCount += 1;
    const bits = Math.max(4, Math.ceil(Math.log2(Math.max(bigramCount, 1) * 2)));
    this.#bigrams = new Uint32Array(2 << bits);
    this.#mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
    for (const [key, id] of ids) {
      if (key < UNIGRAM_SLOTS) this.#unigrams[key] = id;
      else {
        const slot = this.#slot(key - UNIGRAM_SLOTS);
        this.#bigrams[slot] = key - UNIGRAM_SLOTS;
        this.#bigrams[slot + 1] = id;
      }
    }
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
  lookUp(clauses: readonly { text: string }[], into: ClauseNgrams): void {
    let characters = 0;
    for (let c = 0; c < clauses.length; c++) characters += clauses[c]!.text.length;
    into.reserve(characters);
    const { unigrams, bigrams } = into;
    let p = 0;
    for (let c = 0; c < clauses.length; c++) {
      const { text } = clauses[c]!;
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

interface CompiledTypeWeights {
  codes: Uint8Array | Uint32Array;
  levels: Float32Array;
  levelsPerType: number;
}

/**
 * The type model's weights in n-gram-number order as codes. A model read from its int8 file
 * decodes code q + 128 to q / scale as float32, which parseTypeModel computed the same way; any
 * other model (training's candidates) gets a code per distinct weight. Either way every decoded
 * value is checked against model.weights.
 */
function compileTypeWeights(model: TypeWeights, typeRows: readonly number[]): CompiledTypeWeights {
  const typeCount = model.types.length;
  const compiled = (model.int8Weights && int8Codes(model, typeRows, model.int8Weights)) ?? distinctCodes(model, typeRows);
  for (let id = 0; id < typeRows.length; id++) {
    for (let t = 0; t < typeCount; t++) {
      const decoded = compiled.levels[t * compiled.levelsPerType + compiled.codes[id * typeCount + t]!]!;
      if (!Object.is(decoded, model.weights[typeRows[id]! * typeCount + t]!)) throw new Error('complaint-type weights: a compiled weight differs from the model');
    }
  }
  return compiled;
}

function int8Codes(model: TypeWeights, typeRows: readonly number[], int8: { values: Int8Array; scales: readonly number[] }): CompiledTypeWeights | undefined {
  const typeCount = model.types.length;
  if (int8.values.length !== model.weights.length) return undefined;
  const levels = new Float32Array(typeCount * 256);
  for (let t = 0; t < typeCount; t++) for (let q = -128; q < 128; q++) levels[t * 256 + q + 128] = q / int8.scales[t]!;
  const codes = new Uint8Array(typeRows.length * typeCount);
  for (let id = 0; id < typeRows.length; id++) {
    const from = typeRows[id]! * typeCount;
    for (let t = 0; t < typeCount; t++) {
      const code = int8.values[from + t]! + 128;
      if (!Object.is(levels[t * 256 + code], model.weights[from + t])) return undefined;
      codes[id * typeCount + t] = code;
    }
  }
  return { codes, levels, levelsPerType: 256 };
}

const NEGATIVE_ZERO = 'negative zero';

function distinctCodes(model: TypeWeights, typeRows: readonly number[]): CompiledTypeWeights {
  const typeCount = model.types.length;
  const perType = Array.from({ length: typeCount }, () => new Map<number | typeof NEGATIVE_ZERO, number>());
  const codes = new Uint32Array(typeRows.length * typeCount);
  for (let id = 0; id < typeRows.length; id++) {
    for (let t = 0; t < typeCount; t++) {
      const weight = model.weights[typeRows[id]! * typeCount + t]!;
      const known = perType[t]!;
      // A Map takes -0 for 0, and the two can differ in a sum (-0 + -0 is -0).
      const key = Object.is(weight, -0) ? NEGATIVE_ZERO : weight;
      let code = known.get(key);
      if (code === undefined) {
        code = known.size;
        known.set(key, code);
      }
      codes[id * typeCount + t] = code;
    }
  }
  const levelsPerType = Math.max(1, ...perType.map((known) => known.size));
  const levels = new Float32Array(typeCount * levelsPerType);
  perType.forEach((known, t) => known.forEach((code, weight) => (levels[t * levelsPerType + code] = weight === NEGATIVE_ZERO ? -0 : weight)));
  return { codes, levels, levelsPerType };
}
