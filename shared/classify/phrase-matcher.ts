/**
 * Finds dictionary phrases in text, leftmost-longest and non-overlapping, in one pass.
 * Phrases are bucketed by their first two characters in one open-addressing table, so the cost
 * per character is a bitmap read and, where a phrase may start, one probe plus a few
 * comparisons of the characters after the two the probe matched.
 *
 * Latin phrases only match on word boundaries ("late" must not match "plate"); a phrase ending
 * in `*` is a prefix ("deliver*" matches "delivered"). Non-overlapping matters for Chinese:
 * "不错" (good) must win over its substring "错" (wrong).
 *
 * `scan` leaves its hits in typed arrays the matcher reuses (read them with `start`, `end`,
 * `value` and `phrase` before the next scan): the classifier scans every message five times,
 * and hit objects were a good share of its garbage.
 */
interface Entry<T> {
  phrase: string;
  prefix: boolean;
  value: T;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

const STARTS_PAIR = 1;
const STARTS_SINGLE = 2;
const NO_ENTRY = -1;

/** A bit per UTF-16 code unit: 8 KiB, where a byte per unit took 64 KiB per matcher and missed the cache on every character. */
function unitBitset(): Uint32Array {
  return new Uint32Array(65536 / 32);
}

function hasUnit(bits: Uint32Array, unit: number): boolean {
  return ((bits[unit >>> 5]! >>> (unit & 31)) & 1) === 1;
}

/** Two bits per UTF-16 code unit (STARTS_PAIR, STARTS_SINGLE): 16 KiB, one read tells a position both. */
function unitKinds(): Uint32Array {
  return new Uint32Array(65536 / 16);
}

function kindsOf(kinds: Uint32Array, unit: number): number {
  return (kinds[unit >>> 4]! >>> ((unit & 15) << 1)) & 3;
}

function pairBit(pair: number): number {
  return Math.imul(pair, 0x85ebca6b) >>> 16;
}

/** text.startsWith(phrase, start) when the first two characters are known to match: a call into startsWith cost more than the loop. */
function continuesAt(text: string, start: number, phrase: string): boolean {
  if (start + phrase.length > text.length) return false;
  for (let i = 2; i < phrase.length; i++) if (text.charCodeAt(start + i) !== phrase.charCodeAt(i)) return false;
  return true;
}

export class PhraseMatcher<T> {
  readonly #phrases: string[] = [];
  readonly #values: T[] = [];
  readonly #prefixes: boolean[] = [];
  /** The phrase ends in a Latin letter or digit, so it must not run on into a word. */
  readonly #endsInWord: boolean[] = [];
  /**
   * Per entry, its third UTF-16 unit (-1 for a two-unit phrase), filled when the entries are
   * all known. Hundreds of phrases can share their first two units (没有…, 不是很…): checking
   * the third here, in one small array, passes over those that cannot match without reading
   * each phrase's string.
   */
  #thirds = new Int32Array(0);
  /**
   * Per UTF-16 code unit, whether it is the first unit of a phrase of two or more units
   * (STARTS_PAIR) and whether it is a phrase of its own (STARTS_SINGLE): most positions are
   * rejected with this one read.
   */
  readonly #startKinds = unitKinds();
  /**
   * Single-character phrases: open addressing over code unit + 1 (0: empty), with entry indices;
   * typed arrays sized to them, since a 65,536-slot array would cost cold start and a Map lookup
   * per single-character hit cost more than the rest of the match.
   */
  readonly #singleKeys: Int32Array;
  readonly #singleEntries: Int32Array;
  readonly #singleMask: number;
  /** Open addressing over (first << 16 | second) of phrases of two or more characters; entries of a pair are contiguous, longest first. */
  readonly #pairKeys: Uint32Array;
  readonly #pairFirst: Int32Array;
  readonly #pairEnd: Int32Array;
  readonly #pairMask: number;
  readonly #pairShift: number;
  /** A bit per hash of the pairs that start a phrase: most probes for a pair that starts none end here, without a table probe. */
  readonly #pairBits = unitBitset();
  /** Per hit of the last scan: start, end and entry index. A message has at most one hit per character. */
  #hits = new Int32Array(192);
  /** Where the match matchAt last found ends. */
  #matchEnd = 0;

  constructor(entries: Iterable<readonly [string, T]>) {
    // A phrase given twice keeps its first place and its last value. One Map over all phrases,
    // not a search of the bucket per phrase: buckets of hundreds (没有…) made that quadratic, a
    // few milliseconds of a Lambda's cold start.
    const distinct = new Map<string, Entry<T>>();
    const singles = new Map<number, Entry<T>>();
    for (const [raw, value] of entries) {
      const prefix = raw.length > 2 && raw.endsWith('*');
      const phrase = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
      if (phrase.length === 0) continue;
      const entry = { phrase, prefix, value };
      if (phrase.length === 1) singles.set(phrase.charCodeAt(0), entry);
      else distinct.set(prefix ? `${phrase}*` : phrase, entry);
    }
    const buckets = new Map<number, Entry<T>[]>();
    for (const entry of distinct.values()) {
      const pair = ((entry.phrase.charCodeAt(0) << 16) | entry.phrase.charCodeAt(1)) >>> 0;
      const bucket = buckets.get(pair);
      if (bucket) bucket.push(entry);
      else buckets.set(pair, [entry]);
    }
    const add = (entry: Entry<T>): number => {
      this.#phrases.push(entry.phrase);
      this.#values.push(entry.value);
      this.#prefixes.push(entry.prefix);
      this.#endsInWord.push(isWordCode(entry.phrase.charCodeAt(entry.phrase.length - 1)));
      return this.#phrases.length - 1;
    };
    const singleBits = Math.max(4, Math.ceil(Math.log2(Math.max(singles.size, 1) * 2)));
    this.#singleKeys = new Int32Array(1 << singleBits);
    this.#singleEntries = new Int32Array(1 << singleBits);
    this.#singleMask = (1 << singleBits) - 1;
    for (const [first, entry] of singles) {
      const slot = this.#singleSlot(first);
      this.#singleKeys[slot] = first + 1;
      this.#singleEntries[slot] = add(entry);
      this.#mark(first, STARTS_SINGLE);
    }
    const bits = Math.max(4, Math.ceil(Math.log2(Math.max(buckets.size, 1) * 2)));
    const size = 1 << bits;
    this.#pairMask = size - 1;
    this.#pairShift = 32 - bits;
    this.#pairKeys = new Uint32Array(size);
    this.#pairFirst = new Int32Array(size).fill(NO_ENTRY);
    this.#pairEnd = new Int32Array(size);
    for (const [pair, bucket] of buckets) {
      bucket.sort((a, b) => b.phrase.length - a.phrase.length);
      const slot = this.#pairSlot(pair);
      this.#pairKeys[slot] = pair;
      this.#pairFirst[slot] = this.#phrases.length;
      for (const entry of bucket) add(entry);
      this.#pairEnd[slot] = this.#phrases.length;
      this.#mark(pair >>> 16, STARTS_PAIR);
      const bit = pairBit(pair);
      this.#pairBits[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.#thirds = Int32Array.from(this.#phrases, (phrase) => (phrase.length > 2 ? phrase.charCodeAt(2) : -1));
  }

  #mark(unit: number, kind: number): void {
    this.#startKinds[unit >>> 4]! |= kind << ((unit & 15) << 1);
  }

  /** The slot of a single-character phrase's unit, or the empty slot where it would go. */
  #singleSlot(unit: number): number {
    let slot = Math.imul(unit + 1, 0x9e3779b1) & this.#singleMask;
    while (this.#singleKeys[slot] !== 0 && this.#singleKeys[slot] !== unit + 1) slot = (slot + 1) & this.#singleMask;
    return slot;
  }

  #pairSlot(pair: number): number {
    let slot = Math.imul(pair, 0x9e3779b1) >>> this.#pairShift;
    while (this.#pairFirst[slot] !== NO_ENTRY && this.#pairKeys[slot] !== pair) slot = (slot + 1) & this.#pairMask;
    return slot;
  }

  /** Finds the hits in `text` (already lower-cased, see normaliseText); returns how many there are. */
  scan(text: string): number {
    let count = 0;
    const length = text.length;
    if (this.#hits.length < 3 * length) this.#hits = new Int32Array(3 * length);
    let i = 0;
    while (i < length) {
      const first = text.charCodeAt(i);
      const kinds = kindsOf(this.#startKinds, first);
      if (kinds === 0 || (kinds === STARTS_PAIR && !this.#pairMayStartAt(text, i, first))) {
        i += 1;
        continue;
      }
      const entry = this.#matchAt(text, i, first, kinds);
      if (entry === NO_ENTRY) {
        i += 1;
        continue;
      }
      const end = this.#matchEnd;
      this.#hits[3 * count] = i;
      this.#hits[3 * count + 1] = end;
      this.#hits[3 * count + 2] = entry;
      count += 1;
      i = end;
    }
    return count;
  }

  start(hit: number): number {
    return this.#hits[3 * hit]!;
  }

  end(hit: number): number {
    return this.#hits[3 * hit + 1]!;
  }

  value(hit: number): T {
    return this.#values[this.#hits[3 * hit + 2]!]!;
  }

  phrase(hit: number): string {
    return this.#phrases[this.#hits[3 * hit + 2]!]!;
  }

  /**
   * Whether some phrase of two or more units may start at `start` by its first two units (the
   * pair filter #matchAt applies first). Where a unit starts only longer phrases, most positions
   * fail here: tested in scan, it spares them the call, which cost more than the test.
   */
  #pairMayStartAt(text: string, start: number, first: number): boolean {
    return start + 1 < text.length && hasUnit(this.#pairBits, pairBit(((first << 16) | text.charCodeAt(start + 1)) >>> 0));
  }

  #matchAt(text: string, start: number, first: number, kinds: number): number {
    const firstIsWord = isWordCode(first);
    // Mid-word ("plate"): no Latin phrase can start here, and every phrase starting with this
    // character is Latin.
    if (firstIsWord && start > 0 && isWordCode(text.charCodeAt(start - 1))) return NO_ENTRY;
    const pair = ((first << 16) | text.charCodeAt(start + 1)) >>> 0;
    if (start + 1 < text.length && (kinds & STARTS_PAIR) !== 0 && hasUnit(this.#pairBits, pairBit(pair))) {
      const slot = this.#pairSlot(pair);
      const last = this.#pairEnd[slot]!;
      // A unit no phrase has (-2) past the end of the text.
      const third = start + 2 < text.length ? text.charCodeAt(start + 2) : -2;
      const thirds = this.#thirds;
      for (let e = this.#pairFirst[slot]!; e >= 0 && e < last; e++) {
        if (thirds[e]! !== third && thirds[e]! !== -1) continue;
        const phrase = this.#phrases[e]!;
        if (!continuesAt(text, start, phrase)) continue;
        let end = start + phrase.length;
        if (this.#prefixes[e]) {
          while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
        } else if (end < text.length && this.#endsInWord[e] && isWordCode(text.charCodeAt(end))) {
          continue;
        }
        this.#matchEnd = end;
        return e;
      }
    }
    if ((kinds & STARTS_SINGLE) === 0) return NO_ENTRY;
    if (firstIsWord && start + 1 < text.length && isWordCode(text.charCodeAt(start + 1))) return NO_ENTRY;
    this.#matchEnd = start + 1;
    return this.#singleEntries[this.#singleSlot(first)]!;
  }
}
