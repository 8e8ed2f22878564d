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

interface Pass {
  trie: Trie;
  /** A bit per UTF-16 unit that starts some phrase of the trie (a high surrogate for phrases outside the BMP). */
  starts: Uint32Array;
}

function startsOf(dictionaries: readonly string[]): Uint32Array {
  const starts = new Uint32Array(65536 / 32);
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split('|')) {
      const unit = entry.charCodeAt(0);
      starts[unit >>> 5]! |= 1 << (unit & 31);
    }
  }
  return starts;
}

function pass(group: DictGroup): Pass {
  const trie = new Trie();
  trie.loadDictGroup(group);
  return { trie, starts: startsOf(group) };
}

function startsHere(starts: Uint32Array, unit: number): boolean {
  return ((starts[unit >>> 5]! >>> (unit & 31)) & 1) === 1;
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

/**
 * Trie.convert, stepping past the positions where no phrase of the trie starts without asking
 * the trie: its lookups, a Map per character and an object per match, were most of the cost of
 * a traditional message. Where no phrase starts, matchPrefix finds nothing, so the steps and
 * the output are the Trie's.
 */
function convert(step: Pass, text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const matched = startsHere(step.starts, text.charCodeAt(i)) ? step.trie.matchPrefix(text, i) : null;
    if (matched === null) {
      i += unmatchedLength(text, i);
      continue;
    }
    out += text.slice(copied, i) + matched.value;
    i = copied = matched.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function run(step: Pass, text: string): string {
  return mayMatch(step, text) ? convert(step, text) : text;
}

interface Converter {
  segmentation: Pass;
  chain: Pass[];
}

function build(): Converter {
  const segmentation = new Trie();
  segmentation.loadDict(TS_PHRASES);
  return { segmentation: { trie: segmentation, starts: startsOf([TS_PHRASES]) }, chain: [pass([TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV]), pass([TS_PHRASES, TS_CHARACTERS])] };
}

/** Built on the first message that needs it: loading the dictionaries takes 100–300 ms. */
let converter: Converter | undefined;

function convertSegment(chain: readonly Pass[], segment: string): string {
  let converted = segment;
  for (const step of chain) converted = run(step, converted);
  return converted;
}

/**
 * Taiwan variants and phrases, which also cover most Hong Kong text; `normalisedText` as
 * normaliseText returns it. The text is cut where a TSPhrases phrase starts and ends, as
 * Trie.segment cuts it, and each piece goes through the chain.
 */
export function toSimplified(normalisedText: string): string {
  const { segmentation, chain } = (converter ??= build());
  const text = normalisedText;
  let out = '';
  let unmatchedFrom = -1;
  for (let i = 0; i < text.length; ) {
    const matched = startsHere(segmentation.starts, text.charCodeAt(i)) ? segmentation.trie.matchPrefix(text, i) : null;
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
