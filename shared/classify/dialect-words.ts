import { wordTableReader } from './words-read.ts';

/**
 * Southwestern and central Mandarin words for "none" and "what" (川渝 莫得, 啥子; 湘鄂 冒得, 么子) in the
 * standard words the rules know: "等了半天都莫得人理" held no one ignoring anyone; 莫得说 is 没得说,
 * praise. Safe in any message: standard Mandarin writes none of them for anything else.
 */
const STANDARD_FOR: Readonly<Record<string, string>> = {
  莫得说: '没得说', 冒得说: '没得说', 莫得人: '没人', 冒得人: '没人', 莫得: '没有', 冒得: '没有', 啥子: '什么', 么子: '什么', 对不住: '对不起',
};

/** `wordsRead` receives each word mapped, as "莫得 → 没有", once. */
export const withStandardForDialectWords = wordTableReader(STANDARD_FOR);
