/**
 * Writes shared/channels/email/common-han.ts: the Chinese characters customers write most, most
 * frequent first, each with the traditional forms Big5 holds for it. Mail with no usable charset
 * label is read as GB18030 or Big5, whichever reads as likelier Chinese (charsets.ts), and that
 * likelihood is these characters' frequency.
 *
 *   node --import tsx scripts/common-han.ts
 *
 * Counted over every item of the corpus (scripts/corpus/load.ts), traditional text as its
 * simplified form; ties in code point order, so the same corpus writes the same file.
 */
import { writeFileSync } from 'node:fs';
import { toSimplified } from '../shared/classify/traditional.ts';
import { loadCorpus } from './corpus/load.ts';

const OUTPUT = new URL('../shared/channels/email/common-han.ts', import.meta.url);
/** 99.5 % of the corpus's Chinese characters; beyond this, counts are a handful of uses each. */
const LISTED = 2000;
const HAN = /\p{Script=Han}/u;

const counts = new Map<string, number>();
for (const { text } of loadCorpus()) {
  for (const character of toSimplified(text.normalize('NFKC'))) {
    if (HAN.test(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
}
const ranked = [...counts]
  .sort(([a, aCount], [b, bCount]) => bCount - aCount || a.codePointAt(0)! - b.codePointAt(0)!)
  .slice(0, LISTED)
  .map(([character]) => character);

/** Every Big5 character whose simplified form is a listed one: what a Big5 reading can hold. */
const traditionalForms = new Map<string, string[]>();
const big5 = new TextDecoder('big5');
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) {
    const character = big5.decode(Uint8Array.of(lead, trail));
    if (!HAN.test(character) || [...character].length !== 1) continue;
    const simplified = toSimplified(character);
    if (simplified === character || !counts.has(simplified)) continue;
    traditionalForms.set(simplified, [...(traditionalForms.get(simplified) ?? []), character]);
  }
}

const entries = ranked.map((character) => character + [...new Set(traditionalForms.get(character) ?? [])].sort().join(''));
writeFileSync(
  OUTPUT,
  `/**
 * The ${LISTED} Chinese characters our customers write most, most frequent first: each entry a
 * simplified character followed by its traditional forms in Big5. Written by
 * scripts/common-han.ts from the corpus; do not edit by hand.
 */
export const COMMON_HAN = '${entries.join(' ')}';
`,
);
console.log(`${ranked.length} characters, ${entries.join('').length - ranked.length} traditional forms`);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
