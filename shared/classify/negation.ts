/**
 * Is the phrase starting at `start` negated? Chinese: a negator among the three characters
 * before it ("没有送错", "一点也不慢"). English: not/no/never or an n't word among the three
 * words before it ("wasn't late", "was not rude at all").
 */
const ZH_NEGATOR_CHARS = /[不没无未别非]/;
const EN_NEGATOR = /\b(?:not|no|never|without|\w+n't|nothing)\s+(?:\w+\s+){0,2}$/;

export function isNegated(clause: string, start: number): boolean {
  const before = clause.slice(Math.max(0, start - 3), start);
  if (ZH_NEGATOR_CHARS.test(before)) return true;
  return EN_NEGATOR.test(clause.slice(Math.max(0, start - 40), start));
}
