import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';

/**
 * Is the phrase starting at `start` negated? Chinese: a negator among the three characters
 * before it ("没有送错", "一点也不慢"). English: a negator (en-negators.ts) among the three
 * words before it ("wasn't late", "was not rude at all", "wasnt rude").
 */
const ZH_NEGATOR_CODES = [...'不没无未别非'].map((c) => c.charCodeAt(0));
const EN_NEGATOR = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\s+(?:\\w+\\s+){0,2}$`);

function isZhNegator(code: number): boolean {
  for (let k = 0; k < ZH_NEGATOR_CODES.length; k++) if (ZH_NEGATOR_CODES[k] === code) return true;
  return false;
}

/** What a regular expression's \s matches (WhiteSpace and LineTerminator), by code unit, without a one-character string per test. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Words that begin with a negator's character and deny nothing after them: a contrast, a shortcoming ("不过隔音很差", "唯一不足是隔音不太好"). */
const NOT_DENYING = ['不过', '不足', '不仅', '不但'];

/** isNegated, unless the negator's character begins one of NOT_DENYING's words. */
export function isNegatedPastContrasts(clause: string, start: number): boolean {
  return isNegated(clause, start, true);
}

export function isNegated(clause: string, start: number, passContrasts = false): boolean {
  for (let i = Math.max(0, start - 3); i < start; i++) {
    if (isZhNegator(clause.charCodeAt(i)) && !(passContrasts && NOT_DENYING.some((word) => clause.startsWith(word, i)))) return true;
  }
  // EN_NEGATOR needs whitespace right before the phrase: Chinese text never has it, so the regex (and its slice) is skipped.
  if (start === 0 || !isWhitespace(clause.charCodeAt(start - 1))) return false;
  return EN_NEGATOR.test(clause.slice(Math.max(0, start - 40), start));
}

/** A fault only supposed or feared, not told as met: 如果隔音差, 万一早餐没了, 担心会吵, 会不会很小. */
export const SUPPOSED = /如果|要是|假如|万一|担心|怕|会不会/;
/** The same, or asked about: 是不是不含早, 会不会不给升级. */
export const SUPPOSED_OR_ASKED = /会不会|是不是|如果|要是|假如|万一|担心|怕/;
