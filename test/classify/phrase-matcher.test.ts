import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../shared/classify/phrase-matcher.ts';

const hits = (matcher: PhraseMatcher<string>, text: string): string[] => {
  const found: string[] = [];
  const count = matcher.scan(text);
  for (let h = 0; h < count; h++) found.push(`${matcher.phrase(h)}@${matcher.start(h)}`);
  return found;
};

describe('phrase matcher', () => {
  const matcher = new PhraseMatcher<string>([
    ['送错了吧', 'long'],
    ['送错', 'short'],
    ['错', 'single'],
    ['deliver*', 'prefix'],
    ['late', 'word'],
  ]);

  it('takes the longest phrase that fits, also at the end of the text', () => {
    expect(hits(matcher, '送错了吧')).toEqual(['送错了吧@0']);
    expect(hits(matcher, '又送错了')).toEqual(['送错@1']);
    expect(hits(matcher, '送错')).toEqual(['送错@0']);
    expect(hits(matcher, '送错了')).toEqual(['送错@0']);
    expect(hits(matcher, '不错')).toEqual(['错@1']);
  });

  it('matches Latin phrases on word boundaries only, prefixes to the end of the word', () => {
    expect(hits(matcher, 'late plate delivered')).toEqual(['late@0', 'deliver@11']);
    expect(matcher.scan('delivered')).toBe(1);
    expect(matcher.end(0)).toBe('delivered'.length);
    expect(hits(matcher, 'lately')).toEqual([]);
  });
});

describe('phrase matcher on phrases that share their first characters', () => {
  /** Leftmost-longest, non-overlapping, by brute force: what scan must find for Chinese phrases. */
  const reference = (phrases: readonly string[], text: string): string[] => {
    const found: string[] = [];
    for (let i = 0; i < text.length; ) {
      const longest = phrases.filter((phrase) => text.startsWith(phrase, i)).sort((a, b) => b.length - a.length)[0];
      if (longest === undefined) i += 1;
      else {
        found.push(`${longest}@${i}`);
        i += longest.length;
      }
    }
    return found;
  };

  it('finds what brute force finds, with hundreds of phrases behind one pair of characters', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = [...'没有不是很好吃想象中的慢'];
    const pick = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const phrases = [...new Set(['没有', '不是', '好', ...Array.from({ length: 400 }, () => (next() < 0.5 ? '没有' : '不是') + pick(1 + Math.floor(next() * 4))), ...Array.from({ length: 40 }, () => pick(2 + Math.floor(next() * 3)))])];
    const matcher = new PhraseMatcher<string>(phrases.map((phrase) => [phrase, phrase]));
    for (let round = 0; round < 2000; round++) {
      const text = pick(1 + Math.floor(next() * 30));
      expect(hits(matcher, text)).toEqual(reference(phrases, text));
    }
  });
});
