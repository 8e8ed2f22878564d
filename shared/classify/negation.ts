/**
 * Is the phrase starting at `start` negated? Chinese: a negator among the three characters
 * before it ("没有送错", "一点也不慢"). English: not/no/never or an n't word among the three
 * words before it ("wasn't late", "was not rude at all").
 */
const ZH_NEGATOR_CODES = new Set([...'不没无未别非'].map((c) => c.charCodeAt(0)));
const EN_NEGATOR = /\b(?:not|no|never|without|\w+n't|nothing)\s+(?:\w+\s+){0,2}$/;

const WHITESPACE = /\s/;

export function isNegated(clause: string, start: number): boolean {
  for (let i = Math.max(0, start - 3); i < start; i++) if (ZH_NEGATOR_CODES.has(clause.charCodeAt(i))) return true;
  // EN_NEGATOR needs whitespace right before the phrase: Chinese text never has it, so the regex (and its slice) is skipped.
  if (start === 0 || !WHITESPACE.test(clause[start - 1]!)) return false;
  return EN_NEGATOR.test(clause.slice(Math.max(0, start - 40), start));
}
