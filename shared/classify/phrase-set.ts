/**
 * Whether a text holds any phrase of a list, in one pass over the text: the service-type rules
 * ask this of the taxonomy's lists of hundreds of phrases (the food's faults, the order's, the
 * staff's manner, the premises), where a `text.includes` per phrase cost microseconds a message.
 * Exactly `phrases.some((phrase) => text.includes(phrase))`: every occurrence counts, in UTF-16
 * units, case and all (unlike PhraseMatcher, which reads leftmost-longest and Latin words whole).
 */
class PhraseSet {
  /** A bit per UTF-16 unit that starts some phrase: most positions are passed over with this read. */
  readonly #starts = unitBits();
  /** A bit per unit that is a phrase of its own. */
  readonly #alone = unitBits();
  /** A bit per hash of the first two units of each longer phrase: most pairs that start none end here, without a Map lookup. */
  readonly #pairBits = unitBits();
  /** The phrases of two or more units, by their first two. */
  readonly #byPair = new Map<number, string[]>();
  /** `includes('')` holds for every text. */
  readonly #holdsEmpty: boolean;

  constructor(phrases: readonly string[]) {
    let holdsEmpty = false;
    for (const phrase of phrases) {
      if (phrase.length === 0) {
        holdsEmpty = true;
        continue;
      }
      const first = phrase.charCodeAt(0);
      setBit(this.#starts, first);
      if (phrase.length === 1) {
        setBit(this.#alone, first);
        continue;
      }
      const pair = pairCode(first, phrase.charCodeAt(1));
      setBit(this.#pairBits, pairHash(pair));
      const bucket = this.#byPair.get(pair);
      if (bucket) bucket.push(phrase);
      else this.#byPair.set(pair, [phrase]);
    }
    this.#holdsEmpty = holdsEmpty;
  }

  foundIn(text: string): boolean {
    if (this.#holdsEmpty) return true;
    const starts = this.#starts;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const unit = text.charCodeAt(i);
      if (!hasBit(starts, unit)) continue;
      if (hasBit(this.#alone, unit)) return true;
      if (i === last) continue;
      const pair = pairCode(unit, text.charCodeAt(i + 1));
      if (!hasBit(this.#pairBits, pairHash(pair))) continue;
      const bucket = this.#byPair.get(pair);
      if (bucket === undefined) continue;
      for (let p = 0; p < bucket.length; p++) if (continuesAt(text, i, bucket[p]!)) return true;
    }
    return false;
  }
}

function unitBits(): Uint32Array {
  return new Uint32Array(65536 / 32);
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return ((bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
}

/** The two units as one number below 2^32. */
function pairCode(first: number, second: number): number {
  return first * 65536 + second;
}

/** 16 bits of the pair, well mixed. */
function pairHash(pair: number): number {
  return Math.imul(pair | 0, 0x85ebca6b) >>> 16;
}

/** The phrase at `start`, its first two units known to match. */
function continuesAt(text: string, start: number, phrase: string): boolean {
  if (start + phrase.length > text.length) return false;
  for (let k = 2; k < phrase.length; k++) if (text.charCodeAt(start + k) !== phrase.charCodeAt(k)) return false;
  return true;
}

/** Each list's set, built on its first use: the rules' lists are made once per taxonomy and never changed. */
const sets = new WeakMap<readonly string[], PhraseSet>();

/** `phrases.some((phrase) => text.includes(phrase))`, in one pass over `text`. `phrases` must not change after its first use here. */
export function holdsAnyPhrase(text: string, phrases: readonly string[]): boolean {
  let set = sets.get(phrases);
  if (set === undefined) sets.set(phrases, (set = new PhraseSet(phrases)));
  return set.foundIn(text);
}
