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
    if (character.charCodeAt(0) < 0x80) continue;
    const rank = HAN_RANKS.get(character) ?? (COMMON_PUNCTUATION.test(character) ? PUNCTUATION_RANK : HAN.test(character) ? RARE_HAN_RANK : FOREIGN_RANK);
    cost += Math.log(rank + RANK_OFFSET);
  }
  return cost;
}
