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

function pass(group: DictGroup): Pass {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const starts = new Uint32Array(65536 / 32);
  for (const dictionary of group) {
    for (const entry of dictionary.split('|')) {
      const unit = entry.charCodeAt(0);
      starts[unit >>> 5]! |= 1 << (unit & 31);
    }
  }
  return { trie, starts };
}

function mayMatch({ starts }: Pass, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (((starts[unit >>> 5]! >>> (unit & 31)) & 1) === 1) return true;
  }
  return false;
}

function run(step: Pass, text: string): string {
  return mayMatch(step, text) ? step.trie.convert(text) : text;
}

interface Converter {
  segmentation: Trie;
  chain: Pass[];
}

function build(): Converter {
  const segmentation = new Trie();
  segmentation.loadDict(TS_PHRASES);
  return { segmentation, chain: [pass([TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV]), pass([TS_PHRASES, TS_CHARACTERS])] };
}

/** Built on the first message that needs it: loading the dictionaries takes 100–300 ms. */
let converter: Converter | undefined;

/** Taiwan variants and phrases, which also cover most Hong Kong text; `normalisedText` as normaliseText returns it. */
export function toSimplified(normalisedText: string): string {
  const { segmentation, chain } = (converter ??= build());
  let segments = segmentation.segment(normalisedText);
  for (const step of chain) segments = segments.map((segment) => run(step, segment));
  return segments.join('');
}
