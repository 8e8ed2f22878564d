import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../shared/classify/default-taxonomy.ts';
import { foodFaultPhrases } from '../../shared/classify/cold-on-arrival.ts';
import { holdsAnyPhrase } from '../../shared/classify/phrase-set.ts';
import { orderAccuracyPhrases } from '../../shared/classify/next-time-wish.ts';

const byIncludes = (text: string, phrases: readonly string[]) => phrases.some((phrase) => text.includes(phrase));

describe('holdsAnyPhrase: one pass, the same answer as an includes per phrase', () => {
  it('finds a phrase anywhere, at the start and at the very end, and one of a unit', () => {
    const phrases = ['冷掉', '很难吃', '咸'];
    for (const text of ['冷掉了', '送来都冷掉', '这个很难吃', '有点咸', '咸', '很难', '冷', '', '难吃']) {
      expect(holdsAnyPhrase(text, phrases), text).toBe(byIncludes(text, phrases));
    }
  });

  it('counts every occurrence: a phrase inside another, or overlapping one, still counts', () => {
    expect(holdsAnyPhrase('没有送餐具', ['送餐具', '没有送餐员'])).toBe(true);
    expect(holdsAnyPhrase('不好吃的', ['不好吃了', '好吃的'])).toBe(true);
    expect(holdsAnyPhrase('不好吃', ['不好吃了', '好吃的'])).toBe(false);
  });

  it('reads UTF-16 units as includes does: case kept, surrogate halves and an empty phrase', () => {
    expect(holdsAnyPhrase('Cold food', ['cold'])).toBe(false);
    expect(holdsAnyPhrase('cold food', ['cold'])).toBe(true);
    expect(holdsAnyPhrase('𠮷野家', ['𠮷'])).toBe(true);
    expect(holdsAnyPhrase('𠮷野家', ['\ud842'])).toBe(true);
    expect(holdsAnyPhrase('吉野家', ['𠮷'])).toBe(false);
    expect(holdsAnyPhrase('吉野家', [''])).toBe(true);
    expect(holdsAnyPhrase('', [''])).toBe(true);
    expect(holdsAnyPhrase('吉野家', [])).toBe(false);
  });

  it("agrees with includes on the taxonomy's lists over every clause of a set of messages", () => {
    const lists = [foodFaultPhrases(DEFAULT_TAXONOMY), orderAccuracyPhrases(DEFAULT_TAXONOMY)];
    const texts = ['菜很难吃，量也少', '少送了一份米饭', '送错了，点的是鸡腿饭', '味道还行就是送得慢', '汤洒了一半', '太咸了', '好吃', 'the food was cold'];
    for (const phrases of lists) for (const text of texts) expect(holdsAnyPhrase(text, phrases), text).toBe(byIncludes(text, phrases));
  });
});
