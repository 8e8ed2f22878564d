/**
 * Which of a list of rules a text can concern, found in one pass over it. Each rule names its keys:
 * words at least one of which its patterns cannot match without. A key of one character is looked
 * for as that character, a longer one by its first two, so a text holding none of a rule's keys
 * cannot be changed by that rule, and the rule's own patterns (each a scan of the whole text) are
 * not run on it. Every occurrence counts (not leftmost-longest as in PhraseMatcher): a key inside
 * another rule's key still marks its rule.
 *
 * The rules a position marks are a bitmask (a word per 32 rules), so a position costs a bit read
 * and, where a key may start, an OR or a probe: sets of rule numbers in Maps cost a text of a
 * hundred characters 4 µs, more than the patterns they spared.
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
  /** Open addressing over the first two units of the longer keys: the pair, then its rules' mask. */
  readonly #pairKeys: Float64Array;
  readonly #pairMasks: Uint32Array;
  readonly #pairSlots: number;
  readonly #pairShift: number;

  /** `keysPerRule[r]`: rule r's keys, or undefined for a rule that may concern any text. */
  constructor(keysPerRule: readonly (readonly string[] | undefined)[]) {
    this.#words = Math.max(1, Math.ceil(keysPerRule.length / 32));
    this.#unkeyed = new Uint32Array(this.#words);
    const singles = new Map<number, number[]>();
    const pairs = new Map<number, number[]>();
    keysPerRule.forEach((keys, rule) => {
      if (keys === undefined || keys.length === 0) {
        this.#unkeyed[rule >>> 5]! |= 1 << (rule & 31);
        return;
      }
      for (const key of keys) {
        const first = foldCase(key.charCodeAt(0));
        if (key.length === 1) addTo(singles, first, rule);
        else addTo(pairs, pairCode(first, foldCase(key.charCodeAt(1))), rule);
      }
    });
    const startUnits = new Set([...singles.keys(), ...[...pairs.keys()].map((pair) => Math.floor(pair / 65536))]);
    this.#singleMasks = new Uint32Array((startUnits.size + 1) * this.#words);
    this.#pairStarts = new Uint8Array(startUnits.size + 1);
    let row = 0;
    for (const unit of startUnits) {
      this.#rowOf[unit] = ++row;
      this.#startsKey[unit >>> 5]! |= 1 << (unit & 31);
    }
    for (const [unit, rules] of singles) for (const rule of rules) this.#singleMasks[this.#rowOf[unit]! * this.#words + (rule >>> 5)]! |= 1 << (rule & 31);
    const bits = Math.max(4, Math.ceil(Math.log2(pairs.size * 2 + 1)));
    this.#pairSlots = 1 << bits;
    this.#pairShift = 32 - bits;
    this.#pairKeys = new Float64Array(this.#pairSlots).fill(-1);
    this.#pairMasks = new Uint32Array(this.#pairSlots * this.#words);
    for (const [pair, rules] of pairs) {
      this.#pairStarts[this.#rowOf[Math.floor(pair / 65536)]!] = 1;
      const slot = this.#slotOf(pair);
      this.#pairKeys[slot] = pair;
      for (const rule of rules) this.#pairMasks[slot * this.#words + (rule >>> 5)]! |= 1 << (rule & 31);
    }
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

function addTo(map: Map<number, number[]>, code: number, rule: number): void {
  const rules = map.get(code);
  if (rules) rules.push(rule);
  else map.set(code, [rule]);
}

/** ASCII letters in either case, as the rules' case-insensitive patterns read them. */
function foldCase(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}

/** The two units as one number below 2^32. */
function pairCode(first: number, second: number): number {
  return first * 65536 + second;
}
