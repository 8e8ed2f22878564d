import { describe, expect, it } from 'vitest';
import { CLAUSE_OR_SPACE_BREAK, clauseAfter, clauseBefore, SENTENCE_BREAK, sentenceAround } from '../../shared/classify/sentences.ts';

describe('where a sentence or a clause around a phrase ends', () => {
  it('stops at exactly the characters the break patterns match, every code unit tried', () => {
    const misread: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      const endsClause = CLAUSE_OR_SPACE_BREAK.test(character);
      if (clauseBefore(`好${character}菜`, 3) !== (endsClause ? '菜' : `好${character}菜`)) misread.push(`clause before ${code}`);
      if (clauseAfter(`菜${character}好`, 0) !== (endsClause ? '菜' : `菜${character}好`)) misread.push(`clause after ${code}`);
      const endsSentence = SENTENCE_BREAK.test(character);
      if (sentenceAround(`好${character}菜${character}好`, 2, 3) !== (endsSentence ? '菜' : `好${character}菜${character}好`)) misread.push(`sentence ${code}`);
    }
    expect(misread).toEqual([]);
  });

  it('reads past Chinese text up to the breaks either side', () => {
    expect(sentenceAround('房间很好。空调坏了，没人修！下次不来', 7, 9)).toBe('空调坏了，没人修');
    expect(clauseBefore('送来有点凉 味道还行', 9)).toBe('味道还');
    expect(clauseAfter('送来有点凉，味道还行', 2)).toBe('有点凉');
  });
});
