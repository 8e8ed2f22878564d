import { bigramKey } from './zh-clauses.ts';

/**
 * Weight lookup for character n-gram keys (zh-clauses.ts: a code unit, or bigramKey) in typed arrays: unigrams
 * index a 65,536-slot array directly; bigrams live in an open-addressing hash table of uint32
 * keys. Building it from the serialised model takes a few milliseconds (a Map of 36k entries
 * took tens), and lookups allocate nothing. Each bigram's key and weight sit side by side in one
 * buffer: the table is larger than the CPU caches, and a lookup then touches one cache line, not two.
 */
const UNIGRAM_SLOTS = 65536;
const EMPTY = 0;

export class NgramTable {
  readonly #unigrams = new Float32Array(UNIGRAM_SLOTS).fill(Number.NaN);
  /** Slot i: key at [2i], weight (as float32 bits) at [2i + 1]. */
  readonly #bigramKeys: Uint32Array;
  readonly #bigramWeights: Float32Array;
  readonly #mask: number;
  readonly #shift: number;
  #unigramCount = 0;
  #bigramCount = 0;

  constructor(expectedBigrams: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(Math.max(expectedBigrams, 1) * 2)));
    const buffer = new ArrayBuffer(8 << bits);
    this.#bigramKeys = new Uint32Array(buffer);
    this.#bigramWeights = new Float32Array(buffer);
    this.#mask = (1 << bits) - 1;
    this.#shift = 32 - bits;
  }

  static fromEntries(entries: Iterable<readonly [number, number]>): NgramTable {
    const list = [...entries];
    const table = new NgramTable(list.filter(([key]) => key >= UNIGRAM_SLOTS).length);
    for (const [key, weight] of list) table.set(key, weight);
    return table;
  }

  get size(): number {
    return this.#unigramCount + this.#bigramCount;
  }

  /** bigramKey (first + 1) * 65536 + second is stored as first * 65536 + second: a uint32, never 0 in practice. */
  /** Index into bigramKeys of the bigram's slot, or of the empty slot where it would go. */
  #slot(bigram: number): number {
    let index = Math.imul(bigram, 0x9e3779b1) >>> this.#shift;
    while (this.#bigramKeys[2 * index] !== EMPTY && this.#bigramKeys[2 * index] !== bigram) index = (index + 1) & this.#mask;
    return 2 * index;
  }

  set(key: number, weight: number): void {
    if (key < UNIGRAM_SLOTS) {
      if (Number.isNaN(this.#unigrams[key]!)) this.#unigramCount += 1;
      this.#unigrams[key] = weight;
      return;
    }
    const bigram = key - UNIGRAM_SLOTS;
    const index = this.#slot(bigram);
    if (this.#bigramKeys[index] === EMPTY) {
      // Sized for twice the expected bigrams; past ~90% full, probing degrades badly.
      if (this.#bigramCount >= (this.#mask + 1) * 0.9) throw new Error('ngram table full');
      this.#bigramCount += 1;
    }
    this.#bigramKeys[index] = bigram;
    this.#bigramWeights[index + 1] = weight;
  }

  /** NaN when the n-gram is not in the model. */
  get(key: number): number {
    if (key < UNIGRAM_SLOTS) return this.#unigrams[key]!;
    const bigram = key - UNIGRAM_SLOTS;
    const index = this.#slot(bigram);
    return this.#bigramKeys[index] === EMPTY ? Number.NaN : this.#bigramWeights[index + 1]!;
  }

  /** What entries() yields, without a generator step per slot: compiling a classifier visits every entry. */
  forEachEntry(visit: (key: number, weight: number) => void): void {
    for (let key = 0; key < UNIGRAM_SLOTS; key++) {
      if (!Number.isNaN(this.#unigrams[key]!)) visit(key, this.#unigrams[key]!);
    }
    for (let index = 0; index < this.#bigramKeys.length; index += 2) {
      if (this.#bigramKeys[index] !== EMPTY) visit(this.#bigramKeys[index]! + UNIGRAM_SLOTS, this.#bigramWeights[index + 1]!);
    }
  }

  *entries(): IterableIterator<[number, number]> {
    const entries: [number, number][] = [];
    this.forEachEntry((key, weight) => entries.push([key, weight]));
    yield* entries;
  }
}

/**
 * The table of a model file's n-grams, in row order: its unigrams (one character each), then its
 * bigrams (pairs of characters); row r holds value(r).
 */
export function tableOfModelNgrams(unigrams: string, bigrams: string, value: (row: number) => number): NgramTable {
  const table = new NgramTable(bigrams.length / 2);
  for (let i = 0; i < unigrams.length; i++) table.set(unigrams.charCodeAt(i), value(i));
  for (let j = 0; j < bigrams.length; j += 2) table.set(bigramKey(bigrams.charCodeAt(j), bigrams.charCodeAt(j + 1)), value(unigrams.length + j / 2));
  return table;
}
