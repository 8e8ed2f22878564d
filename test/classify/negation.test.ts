import { describe, expect, it } from 'vitest';
import { isNegated } from '../../shared/classify/negation.ts';

describe('negation', () => {
  it('reads an English negator across exactly the units a regular expression\'s \\s matches, and the Chinese negators', () => {
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      const expected = /\s/.test(unit) || '不没无未别非'.includes(unit);
      expect(isNegated(`not${unit}late`, 4), `U+${code.toString(16)}`).toBe(expected);
    }
  });

  it('finds negators up to three characters or three words before the phrase', () => {
    expect(isNegated('没有送错', 2)).toBe(true);
    expect(isNegated('不知道为什么送错', 6)).toBe(false);
    expect(isNegated('was not rude at all', 8)).toBe(true);
    expect(isNegated("wasn't very very late", 18)).toBe(false);
    expect(isNegated("wasn't very late", 12)).toBe(true);
  });

  it('reads the negators phones type without an apostrophe, and nobody/none/barely, as every English stage does', () => {
    for (const [text, phrase] of [['the room wasnt clean', 'clean'], ['staff dont care', 'care'], ['nobody helped', 'helped'], ['barely warm', 'warm'], ['none were fresh', 'fresh']] as const) {
      expect(isNegated(text, text.indexOf(phrase)), text).toBe(true);
    }
    expect(isNegated('the room was clean', 13)).toBe(false);
  });
});
