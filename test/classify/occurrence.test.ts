import { describe, expect, it } from 'vitest';
import { firstOccurrence } from '../../shared/classify/occurrence.ts';

const SPILL = /洒了|漏了/g;

describe('firstOccurrence', () => {
  it('skips the occurrences the rule rejects and answers the first it accepts, reading the clause before, the rest and the sentence', () => {
    const text = '汤没有洒了，还好。奶茶漏了一半！';
    const seen: { before: string; after: string; sentence: string }[] = [];
    const found = firstOccurrence(text, SPILL, ({ before, after, sentence }) => {
      seen.push({ before, after, sentence });
      return !/没有$/.test(before);
    });
    expect(found?.[0]).toBe('漏了');
    expect(found?.index).toBe(text.indexOf('漏了'));
    expect(seen).toEqual([
      { before: '汤没有', after: '，还好。奶茶漏了一半！', sentence: '汤没有洒了，还好' },
      { before: '奶茶', after: '一半！', sentence: '奶茶漏了一半' },
    ]);
  });

  it('answers undefined when none is accepted, and starts from the beginning on every call (the pattern is shared by all messages)', () => {
    expect(firstOccurrence('汤洒了', SPILL, () => false)).toBeUndefined();
    expect(firstOccurrence('汤洒了 菜也漏了', SPILL, () => true)?.[0]).toBe('洒了');
    expect(firstOccurrence('汤洒了 菜也漏了', SPILL, () => true)?.[0]).toBe('洒了');
    expect(SPILL.lastIndex).toBe(0);
  });
});
