import { Trie } from 'opencc-js/core';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import TW_VARIANTS_REV_PHRASES from 'opencc-js/dict/TWVariantsRevPhrases';

/**
 * Traditional → simplified: opencc-js's tw → cn preset (tw2s), from its dictionaries (the
 * package's t2cn bundle also carries the Hong Kong and Japanese dictionaries and a second copy
 * of TSCharacters), run as its ConverterBuilder runs it: cut the text at TSPhrases, then convert
 * each piece with the Taiwan variants and then TSPhrases/TSCharacters. Two differences, which
 * change no output (test/classify/traditional.test.ts):
 *  - the preset first maps CJK compatibility ideographs; the text here is NFKC-normalised
 *    (normaliseText), which already replaces every one that dictionary names, so the pass and its
 *    dictionary are left out;
 *  - a trie is not run over a piece that holds none of the characters its phrases start with,
 *    since it could change nothing there (most messages have no Taiwan variant at all).
 */
type DictGroup = string[];

/**
 * Where a trie's phrases can start, so that most positions are passed over without asking it:
 * of the positions the first unit let through, 94 % of the bench's traditional messages' asked
 * the trie in vain, each a Map lookup or two.
 */
interface PhraseStarts {
  /** A bit per UTF-16 unit that starts some phrase of the trie (a high surrogate for phrases outside the BMP). */
  starts: Uint32Array;
  /** A bit per unit that is a phrase of its own. */
  alone: Uint32Array;
  /** A bit per hash of the first two units of each longer phrase: a phrase can start only where its two units are. */
  pairs: Uint32Array;
}

interface Pass extends PhraseStarts {
  trie: Trie;
  /**
   * Per BMP unit that is a phrase of its own and starts no longer one, the one unit the trie
   * turns it into (0: ask the trie). Most traditional characters are such: a table read
   * instead of the trie's Map lookups and match object.
   */
  singles: Uint16Array;
}

function pairBit(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x85ebca6b) >>> 16;
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return ((bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
}

function phraseStartsOf(dictionaries: readonly string[]): PhraseStarts {
  const starts = new Uint32Array(65536 / 32);
  const alone = new Uint32Array(65536 / 32);
  const pairs = new Uint32Array(65536 / 32);
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split('|')) {
      const unit = entry.charCodeAt(0);
      setBit(starts, unit);
      const sourceEnd = entry.indexOf(' ');
      if ((sourceEnd < 0 ? entry.length : sourceEnd) === 1) setBit(alone, unit);
      else setBit(pairs, pairBit(unit, entry.charCodeAt(1)));
    }
  }
  return { starts, alone, pairs };
}

/**
 * Whether a phrase may start at `i` (its first unit known to start one): the unit is a phrase
 * of its own, or the two units there are some longer phrase's first two. Where this says no,
 * the trie's matchPrefix finds nothing.
 */
function mayStartAt({ alone, pairs }: PhraseStarts, text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return hasBit(alone, unit) || (i + 1 < text.length && hasBit(pairs, pairBit(unit, text.charCodeAt(i + 1))));
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** The trie's own answer for each unit whose only phrase is itself, so the table says what matchPrefix would. */
function singlesOf(trie: Trie, dictionaries: readonly string[]): Uint16Array {
  const startsLonger = new Uint8Array(65536);
  const alone: number[] = [];
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split('|')) {
      const sourceEnd = entry.indexOf(' ');
      const sourceLength = sourceEnd < 0 ? entry.length : sourceEnd;
      if (sourceLength > 1) startsLonger[entry.charCodeAt(0)] = 1;
      else if (sourceLength === 1) alone.push(entry.charCodeAt(0));
    }
  }
  const singles = new Uint16Array(65536);
  for (const unit of alone) {
    if (startsLonger[unit] === 1 || isSurrogate(unit)) continue;
    const matched = trie.matchPrefix(String.fromCharCode(unit), 0);
    if (matched !== null && matched.value.length === 1 && matched.value.charCodeAt(0) !== 0) singles[unit] = matched.value.charCodeAt(0);
  }
  return singles;
}

function pass(group: DictGroup): Pass {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return { trie, ...phraseStartsOf(group), singles: singlesOf(trie, group) };
}

function startsHere(starts: Uint32Array, unit: number): boolean {
  return hasBit(starts, unit);
}

function mayMatch({ starts }: Pass, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (startsHere(starts, text.charCodeAt(i))) return true;
  return false;
}

/**
 * How far opencc-js's Trie steps past a position where nothing matches: an ideographic
 * description sequence (⿰氵每) whole, else one code point. Its own rule, copied: the converter
 * must step exactly as the Trie does.
 */
function unmatchedLength(text: string, i: number): number {
  const end = descriptionSequenceEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}

function codePointLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

function descriptionArity(codePoint: number): number {
  if (codePoint >= 0x2ff0 && codePoint <= 0x2ff1) return 2;
  if (codePoint >= 0x2ff2 && codePoint <= 0x2ff3) return 3;
  if (codePoint >= 0x2ff4 && codePoint <= 0x2fff) return 2;
  return 0;
}

function descriptionSequenceEnd(text: string, i: number): number {
  const arity = descriptionArity(text.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n += 1) {
    if (end >= text.length) return 0;
    const childEnd = descriptionSequenceEnd(text, end);
    end = childEnd || end + codePointLength(text, end);
  }
  return end;
}

/** The converted text's UTF-16 units, reused: grown to the longest output seen. */
let output = new Uint16Array(256);

function reserveOutput(length: number): void {
  if (output.length >= length) return;
  const grown = new Uint16Array(2 * length);
  grown.set(output);
  output = grown;
}

/** Below the engines' limits on arguments to a call. */
const UNITS_PER_CALL = 4096;

function outputText(length: number): string {
  let text = '';
  for (let from = 0; from < length; from += UNITS_PER_CALL) {
    text += String.fromCharCode.apply(null, output.subarray(from, Math.min(length, from + UNITS_PER_CALL)) as unknown as number[]);
  }
  return text;
}

/**
 * Trie.convert, stepping past the positions where no phrase of the trie starts without asking
 * the trie, and reading a unit that is a phrase of its own from `singles`: the trie's lookups,
 * a Map per character and an object per match, were most of the cost of a traditional message.
 * Where no phrase starts, matchPrefix finds nothing, so the steps and the output are the Trie's.
 * The output is gathered as units and made a string once.
 */
function convert(step: Pass, text: string): string {
  const { starts, singles, trie } = step;
  let length = 0;
  let matches = 0;
  reserveOutput(text.length);
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (startsHere(starts, unit)) {
      const single = singles[unit]!;
      if (single !== 0) {
        output[length++] = single;
        i += 1;
        matches += 1;
        continue;
      }
      const matched = mayStartAt(step, text, i) ? trie.matchPrefix(text, i) : null;
      if (matched !== null) {
        const { value } = matched;
        reserveOutput(length + value.length + text.length - matched.end);
        for (let k = 0; k < value.length; k++) output[length++] = value.charCodeAt(k);
        i = matched.end;
        matches += 1;
        continue;
      }
    }
    const end = i + unmatchedLength(text, i);
    for (; i < end; i++) output[length++] = text.charCodeAt(i);
  }
  return matches === 0 ? text : outputText(length);
}

function run(step: Pass, text: string): string {
  return mayMatch(step, text) ? convert(step, text) : text;
}

interface Converter {
  segmentation: PhraseStarts & Pick<Pass, 'trie'>;
  chain: Pass[];
}

/**
 * Hong Kong variants the Taiwan dictionaries do not map (衞生 for 衛生): from opencc's HKVariantsRev, the entries
 * whose character TSCharacters leaves as it is, so that "不衞生" was read as simplified text naming no hygiene. Not 枱 (a
 * table, 搭枱): the models learnt it as written, and as 台 a Cantonese review lost its crowded tables.
 */
export const HK_VARIANTS_NOT_IN_TW = '衞 衛|敍 敘|粧 妝|糭 糉|衹 只';

function build(): Converter {
  const segmentation = new Trie();
  segmentation.loadDict(TS_PHRASES);
  return { segmentation: { trie: segmentation, ...phraseStartsOf([TS_PHRASES]) }, chain: [pass([TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV, HK_VARIANTS_NOT_IN_TW]), pass([TS_PHRASES, TS_CHARACTERS])] };
}

/** Built on the first message that needs it: loading the dictionaries takes 100–300 ms. */
let converter: Converter | undefined;

function convertSegment(chain: readonly Pass[], segment: string): string {
  let converted = segment;
  for (const step of chain) converted = run(step, converted);
  return converted;
}

/**
 * Taiwan variants and phrases, which also cover most Hong Kong text (HK_VARIANTS_NOT_IN_TW the rest); `normalisedText` as
 * normaliseText returns it. The text is cut where a TSPhrases phrase starts and ends, as
 * Trie.segment cuts it, and each piece goes through the chain.
 */
export function toSimplified(normalisedText: string): string {
  const { segmentation, chain } = (converter ??= build());
  const text = normalisedText;
  let out = '';
  let unmatchedFrom = -1;
  for (let i = 0; i < text.length; ) {
    const matched = startsHere(segmentation.starts, text.charCodeAt(i)) && mayStartAt(segmentation, text, i) ? segmentation.trie.matchPrefix(text, i) : null;
    if (matched === null) {
      if (unmatchedFrom < 0) unmatchedFrom = i;
      i += unmatchedLength(text, i);
      continue;
    }
    if (unmatchedFrom >= 0) {
      out += convertSegment(chain, text.slice(unmatchedFrom, i));
      unmatchedFrom = -1;
    }
    out += convertSegment(chain, text.slice(i, matched.end));
    i = matched.end;
  }
  if (unmatchedFrom >= 0) out += convertSegment(chain, text.slice(unmatchedFrom));
  return out;
}
