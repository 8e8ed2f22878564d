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
