/**
 * Which of a list of rules a text can concern, found in one pass over it. Each rule names its keys:
 * words at least one of which its patterns cannot match without. A key is looked for whole, so a
 * text holding none of a rule's keys cannot be changed by that rule, and the rule's own patterns
 * (each a scan of the whole text) are not run on it. Every occurrence counts (not leftmost-longest
 * as in PhraseMatcher): a key inside another rule's key still marks its rule.
 *
 * The rules a position marks are a bitmask (a word per 32 rules), so a position costs a bit read
 * and, where a key may start, an OR or a probe: sets of rule numbers in Maps cost a text of a
 * hundred characters 4 µs, more than the patterns they spared. Keys of three characters or more
 * hang off the probe of their first two and are compared from the third on: read by their first
 * two only, a key like 不会再 marked its rule on every 不会, and a message ran a rule in twenty more.
 */
export class RuleKeys {
  readonly #words: number;
  /** The mask of the rules without keys: they may concern every text. */
  readonly #unkeyed: Uint32Array;
  /** A bit per UTF-16 unit that starts a key: 8 KiB that stay in cache, read at every position. */
  readonly #startsKey = new Uint32Array(65536 / 32);
  /** Per UTF-16 unit that starts a key, 1 + its row in #singleMasks and #pairStarts (128 KiB, read only where a key starts). */
  readonly #rowOf = new Uint16Array(65536);
  /** Per row, the rules with that unit as a key of one character. */
  readonly #singleMasks: Uint32Array;
  /** Per row, whether a longer key starts with that unit. */
  readonly #pairStarts: Uint8Array;
  /** Open addressing over the first two units of the longer keys: the pair, then the mask of the rules with that pair as a key. */
  readonly #pairKeys: Float64Array;
  readonly #pairMasks: Uint32Array;
  /** Per pair slot, its keys of three units or more: [first, end) in #longKeys and #longRules. */
  readonly #longFirst: Int32Array;
  readonly #longEnd: Int32Array;
  /** Keys of three units or more, folded (foldCase), grouped by slot; each one's rule. */
  readonly #longKeys: string[] = [];
  readonly #longRules: Int32Array;
  readonly #pairSlots: number;
  readonly #pairShift: number;

  /** `keysPerRule[r]`: rule r's keys, or undefined for a rule that may concern any text. */
  constructor(keysPerRule: readonly (readonly string[] | undefined)[]) {
    this.#words = Math.max(1, Math.ceil(keysPerRule.length / 32));
    this.#unkeyed = new Uint32Array(this.#words);
    const singles = new Map<number, number[]>();
    const pairs = new Map<number, number[]>();
    const longer = new Map<number, [string, number][]>();
    keysPerRule.forEach((keys, rule) => {
      if (keys === undefined || keys.length === 0) {
        this.#unkeyed[rule >>> 5]! |= 1 << (rule & 31);
        return;
      }
      for (const key of keys) {
        const folded = foldKey(key);
        const first = folded.charCodeAt(0);
        if (folded.length === 1) addTo(singles, first, rule);
        else if (folded.length === 2) addTo(pairs, pairCode(first, folded.charCodeAt(1)), rule);
        else addTo(longer, pairCode(first, folded.charCodeAt(1)), [folded, rule]);
      }
    });
    const pairCodes = new Set([...pairs.keys(), ...longer.keys()]);
    const startUnits = new Set([...singles.keys(), ...[...pairCodes].map((pair) => Math.floor(pair / 65536))]);
    this.#singleMasks = new Uint32Array((startUnits.size + 1) * this.#words);
    this.#pairStarts = new Uint8Array(startUnits.size + 1);
    let row = 0;
    for (const unit of startUnits) {
      this.#rowOf[unit] = ++row;
      this.#startsKey[unit >>> 5]! |= 1 << (unit & 31);
    }
    for (const [unit, rules] of singles) for (const rule of rules) this.#singleMasks[this.#rowOf[unit]! * this.#words + (rule >>> 5)]! |= 1 << (rule & 31);
    const bits = Math.max(4, Math.ceil(Math.log2(pairCodes.size * 2 + 1)));
    this.#pairSlots = 1 << bits;
    this.#pairShift = 32 - bits;
    this.#pairKeys = new Float64Array(this.#pairSlots).fill(-1);
    this.#pairMasks = new Uint32Array(this.#pairSlots * this.#words);
    this.#longFirst = new Int32Array(this.#pairSlots);
    this.#longEnd = new Int32Array(this.#pairSlots);
    const longRules: number[] = [];
    for (const pair of pairCodes) {
      this.#pairStarts[this.#rowOf[Math.floor(pair / 65536)]!] = 1;
      const slot = this.#slotOf(pair);
      this.#pairKeys[slot] = pair;
      for (const rule of pairs.get(pair) ?? []) this.#pairMasks[slot * this.#words + (rule >>> 5)]! |= 1 << (rule & 31);
      this.#longFirst[slot] = this.#longKeys.length;
      for (const [key, rule] of longer.get(pair) ?? []) {
        this.#longKeys.push(key);
        longRules.push(rule);
      }
      this.#longEnd[slot] = this.#longKeys.length;
    }
    this.#longRules = Int32Array.from(longRules);
  }

  /** The rules `text` may concern, as a mask: rule r where bit r is set (see concerns). */
  scan(text: string, mask: Uint32Array = new Uint32Array(this.#words)): Uint32Array {
    // Fields read once: a private field read in the loop is a brand check per character.
    const words = this.#words;
    const startsKey = this.#startsKey;
    const rowOf = this.#rowOf;
    const singleMasks = this.#singleMasks;
    const pairStarts = this.#pairStarts;
    const pairKeys = this.#pairKeys;
    const pairMasks = this.#pairMasks;
    const longFirst = this.#longFirst;
    const longEnd = this.#longEnd;
    const longKeys = this.#longKeys;
    const longRules = this.#longRules;
    const slotMask = this.#pairSlots - 1;
    const shift = this.#pairShift;
    mask.set(this.#unkeyed);
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      let unit = text.charCodeAt(i);
      if (unit <= 90 && unit >= 65) unit += 32;
      if (((startsKey[unit >>> 5]! >>> (unit & 31)) & 1) === 0) continue;
      const row = rowOf[unit]!;
      for (let w = 0; w < words; w++) mask[w]! |= singleMasks[row * words + w]!;
      if (pairStarts[row] === 0 || i === last) continue;
      let next = text.charCodeAt(i + 1);
      if (next <= 90 && next >= 65) next += 32;
      const pair = unit * 65536 + next;
      let slot = Math.imul(pair | 0, 0x9e3779b1) >>> shift;
      while (pairKeys[slot] !== -1 && pairKeys[slot] !== pair) slot = (slot + 1) & slotMask;
      if (pairKeys[slot] === -1) continue;
      for (let w = 0; w < words; w++) mask[w]! |= pairMasks[slot * words + w]!;
      for (let k = longFirst[slot]!; k < longEnd[slot]!; k++) {
        const rule = longRules[k]!;
        if (continuesAt(text, i, longKeys[k]!)) mask[rule >>> 5]! |= 1 << (rule & 31);
      }
    }
    return mask;
  }

  /** A mask as long as scan's, to pass it again and again. */
  emptyMask(): Uint32Array {
    return new Uint32Array(this.#words);
  }

  /** The slot holding `pair`, or the empty slot where it would go. */
  #slotOf(pair: number): number {
    let slot = Math.imul(pair | 0, 0x9e3779b1) >>> this.#pairShift;
    while (this.#pairKeys[slot] !== -1 && this.#pairKeys[slot] !== pair) slot = (slot + 1) & (this.#pairSlots - 1);
    return slot;
  }
}

/** Whether rule `rule` is marked in a mask from RuleKeys.scan. */
export function concerns(mask: Uint32Array, rule: number): boolean {
  return ((mask[rule >>> 5]! >>> (rule & 31)) & 1) === 1;
}

function addTo<T>(map: Map<number, T[]>, code: number, item: T): void {
  const items = map.get(code);
  if (items) items.push(item);
  else map.set(code, [item]);
}

/** ASCII letters in either case, as the rules' case-insensitive patterns read them. */
function foldCase(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}

function foldKey(key: string): string {
  let folded = '';
  for (let i = 0; i < key.length; i++) folded += String.fromCharCode(foldCase(key.charCodeAt(i)));
  return folded;
}

/** Whether `key` (folded, its first two units known to match) stands in `text` at `start`, read with foldCase. */
function continuesAt(text: string, start: number, key: string): boolean {
  if (start + key.length > text.length) return false;
  for (let i = 2; i < key.length; i++) if (foldCase(text.charCodeAt(start + i)) !== key.charCodeAt(i)) return false;
  return true;
}

/** The two units as one number below 2^32. */
function pairCode(first: number, second: number): number {
  return first * 65536 + second;
}
