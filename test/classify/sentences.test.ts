import { describe, expect, it } from 'vitest';
import { breaksClause, breaksSentence, CLAUSE_BREAK, CLAUSE_OR_SPACE_BREAK, clauseAfter, clauseBefore, SENTENCE_BREAK, sentenceAround } from '../../shared/classify/sentences.ts';

describe('sentence and clause ends by code unit', () => {
  it('are the units SENTENCE_BREAK and CLAUSE_BREAK match, every one of them', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const character = String.fromCharCode(unit);
      expect(breaksSentence(unit), unit.toString(16)).toBe(SENTENCE_BREAK.test(character));
      expect(breaksClause(unit), unit.toString(16)).toBe(CLAUSE_BREAK.test(character));
    }
  });

  it('bound the sentence and the clause around a place as the patterns do, spaces ending clauses', () => {
    const text = '房间很大，但是空调坏了！前台\u3000说明天修。';
    expect(sentenceAround(text, 7, 9)).toBe('房间很大，但是空调坏了');
    expect(clauseBefore(text, 9)).toBe('但是空调');
    expect(clauseAfter(text, 12)).toBe('前台');
    expect(clauseAfter(text, 15)).toBe('说明天修');
    for (const unit of [0x09, 0x20, 0xa0, 0x2028, 0x3000, 0xfeff]) expect(CLAUSE_OR_SPACE_BREAK.test(String.fromCharCode(unit))).toBe(true);
    expect(clauseBefore('a\u00a0b', 3)).toBe('b');
  });
});
