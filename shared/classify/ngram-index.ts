import type { NgramTable } from './ngram-table.ts';
import { bigramKey } from './zh-clauses.ts';

/**
 * One lookup per character n-gram for both Chinese models: the sentiment model and the
 * complaint-type model read the same unigrams and bigrams of the same clauses, and two hash
 * tables meant two cache misses per n-gram. The index numbers every n-gram either model knows
 * and keeps, per number, the sentiment weight and the type model's row; a message's n-grams are
 * looked up once (`lookUp`) and both scorers read the numbers.
 */
const UNIGRAM_SLOTS = 65536;
const ABSENT = -1;

export class NgramIndex {
  /** By n-gram number: the sentiment weight (as the model's table holds it), NaN where the model lacks it. */
  readonly sentimentWeights: Float64Array;
  /** By n-gram number: the type model's row, -1 where the model lacks it. */
  readonly typeRows: Int32Array;
  readonly #unigrams = new Int32Array(UNIGRAM_SLOTS).fill(ABSENT);
  /** Open addressing over bigram keys less UNIGRAM_SLOTS (never 0): key at [2i], number at [2i + 1]. */
  readonly #bigrams: Uint32Array;
  readonly #mask: number;
  readonly #shift: number;

  constructor(sentiment: NgramTable | undefined, typeRows: NgramTable | undefined) {
    const keys = new Map<number, [number, number]>();
    sentiment?.forEachEntry((key, weight) => keys.set(key, [weight, ABSENT]));
    typeRows?.forEachEntry((key, row) => {
      const known = keys.get(key);
      if (known) known[1] = row;
      else keys.set(key, [Number.NaN, row]);
    });
    let bigramCount = 0;
    for (const key of keys.keys()) if (key >= UNIGRAM_SLOTS) bigramCount += 1;
    const bits = Math.max(4, Math.ceil(Math.log2(Math.max(bigramCount, 1) * 2)));
    this.#bigrams = new Uint32Array(2 << bits);
    this.#mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
    this.sentimentWeights = new Float64Array(keys.size);
    this.typeRows = new Int32Array(keys.size);
    let id = 0;
    for (const [key, [weight, row]] of keys) {
      this.sentimentWeights[id] = weight;
      this.typeRows[id] = row;
      if (key < UNIGRAM_SLOTS) this.#unigrams[key] = id;
      else {
        const slot = this.#slot(key - UNIGRAM_SLOTS);
        this.#bigrams[slot] = key - UNIGRAM_SLOTS;
        this.#bigrams[slot + 1] = id;
      }
      id += 1;
    }
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
