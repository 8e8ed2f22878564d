import { COMMON_HAN } from './common-han.ts';

const LISTED = COMMON_HAN.split(' ');
/** Rank of each listed character and of its traditional forms, the most frequent 0. */
const HAN_RANKS: ReadonlyMap<string, number> = new Map(LISTED.flatMap((forms, rank) => [...forms].map((form) => [form, rank] as const)));
/** Flattens the top of the curve: the 1st and the 5th most frequent characters are both very likely. */
const RANK_OFFSET = 10;
/** Chinese full stops, commas, quotes and brackets, fullwidth ASCII, ellipses and dashes: as common as the commonest characters. */
const COMMON_PUNCTUATION = /[\u3000-\u303f\uff01-\uff5e\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;
const PUNCTUATION_RANK = 40;
const HAN = /\p{Script=Han}/u;
/** A character past the list: rarer than any listed one, yet a real one. */
const RARE_HAN_RANK = LISTED.length * 4;
/** Kana, Cyrillic, Greek, box drawing and other symbols: both encodings hold them, Chinese mail hardly does. */
const FOREIGN_RANK = LISTED.length * 16;

/**
 * How unlikely a text is as Chinese a customer wrote: the sum, over its characters above ASCII,
 * of a cost that grows with how rarely such a character is written (Zipf: the log of its rank
 * among the characters customers write most, common-han.ts). GB18030 and Big5 each read most
 * short byte strings of the other without an error, into rare characters, letters of other
 * scripts and symbols (Big5 我要投訴 as GB18030 is и璶щ禗) or into real characters rarer than
 * the right ones (Big5 謝謝 as GB18030 is 谅谅): the two readings of the same bytes are compared
 * by this cost. ASCII reads the same in both and is not counted.
 */
export function chineseUnlikelihood(text: string): number {
  let cost = 0;
  for (const character of text) {
    if (character.charCodeAt(0) >= 0x80) cost += Math.log(chineseRank(character) + RANK_OFFSET);
  }
  return cost;
}

function chineseRank(character: string): number {
  return HAN_RANKS.get(character) ?? (COMMON_PUNCTUATION.test(character) ? PUNCTUATION_RANK : HAN.test(character) ? RARE_HAN_RANK : FOREIGN_RANK);
}

/** Latin-1's and Latin Extended-A's accented letters (é, ü, ñ, ç, ß, œ, ł): English mail quotes names and words with them. */
const LATIN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]/;
/** What English mail puts among its ASCII: a no-break space, © ° £ ¥ « », dashes, quotes and bullets, € ™ №, arrows, ①, emoji and their joiners. */
const TYPOGRAPHIC = /[\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u21ff\u2460-\u24ff\u2600-\u27bf\ufe0f\u{1f000}-\u{1faff}]/u;
const ENGLISH_COST = Math.log(PUNCTUATION_RANK + RANK_OFFSET);

/** Neither Chinese nor English: a letter, mark or symbol of another script. */
function isForeign(character: string | undefined): boolean {
  return character !== undefined && character.charCodeAt(0) >= 0x80 && !LATIN_LETTER.test(character) && !TYPOGRAPHIC.test(character) && chineseRank(character) === FOREIGN_RANK;
}

/**
 * How unlikely a text is as Chinese or English a customer wrote: Chinese as chineseUnlikelihood
 * costs it, typographic symbols, emoji and accented Latin letters as common punctuation (a
 * letter beside one of another script is no English word's: ô֪). GBK whose bytes happen to be
 * valid UTF-8 reads there as letters of Latin Extended, IPA, Cyrillic, Greek, Armenian and Hebrew
 * (一些 is һЩ, 谢谢 is лл), which stay as rare as chineseUnlikelihood has them: this is the cost
 * of the UTF-8 reading when it is weighed against the Chinese ones.
 */
export function chineseOrEnglishUnlikelihood(text: string): number {
  const characters = [...text];
  let cost = 0;
  characters.forEach((character, at) => {
    if (character.charCodeAt(0) < 0x80) return;
    const english = TYPOGRAPHIC.test(character) || (LATIN_LETTER.test(character) && !isForeign(characters[at - 1]) && !isForeign(characters[at + 1]));
    cost += english ? ENGLISH_COST : chineseUnlikelihood(character);
  });
  return cost;
}
