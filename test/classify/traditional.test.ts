import { ConverterBuilder } from 'opencc-js/core';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import TW_VARIANTS_REV_PHRASES from 'opencc-js/dict/TWVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { normaliseText, traditionalCharacters } from '../../shared/classify/language.ts';
import { HK_VARIANTS_NOT_IN_TW, toSimplified } from '../../shared/classify/traditional.ts';

/** opencc-js's own tw → cn converter over the same dictionaries (and the Hong Kong variants they lack): what toSimplified must equal. */
const reference = ConverterBuilder({
  from: { tw: [[TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV, HK_VARIANTS_NOT_IN_TW]] },
  to: { cn: [[TS_PHRASES, TS_CHARACTERS]] },
  configs: {
    tw2s: {
      normalizationChain: [[CJK_COMPATIBILITY]],
      segmentation: [TS_PHRASES],
      conversionChain: [[TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV, HK_VARIANTS_NOT_IN_TW], [TS_PHRASES, TS_CHARACTERS]],
    },
  },
} as Parameters<typeof ConverterBuilder>[0])({ from: 'tw', to: 'cn' });

const entries = [CJK_COMPATIBILITY, TS_CHARACTERS, TS_PHRASES, TW_VARIANTS_REV, TW_VARIANTS_REV_PHRASES, HK_VARIANTS_NOT_IN_TW].flatMap((dictionary) =>
  dictionary.split('|').map((entry) => entry.split(' ')[0]!),
);

/** What the classifier hands the converter: normalised text. */
const converted = (text: string) => toSimplified(normaliseText(text));
const expected = (text: string) => reference(normaliseText(text));

describe('traditional → simplified', () => {
  it('needs no compatibility-ideograph pass on normalised text: NFKC replaces every ideograph that dictionary maps', () => {
    const mapped = CJK_COMPATIBILITY.split('|').map((entry) => entry.split(' ')[0]!);
    expect(mapped.length).toBeGreaterThan(1000);
    for (const ideograph of mapped) {
      const first = String.fromCodePoint(ideograph.codePointAt(0)!);
      expect(normaliseText(`送${first}餐`)).not.toContain(first);
    }
  });

  it('equals opencc-js on every phrase and character of its dictionaries, alone and in context', () => {
    for (const phrase of entries) {
      expect(converted(phrase)).toBe(expected(phrase));
      const inContext = `外送${phrase}太慢了，湯都涼了。${phrase}`;
      expect(converted(inContext)).toBe(expected(inContext));
    }
  });

  it('equals opencc-js on text that runs phrases together, with surrogates and description sequences', () => {
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const extras = ['a', ' ', '，', '𠀀', '⿰木木', '\ud800', '乾', '著', '裡'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 8);
      for (let p = 0; p < parts; p++) text += next() < 0.8 ? entries[Math.floor(next() * entries.length)] : extras[Math.floor(next() * extras.length)];
      expect(converted(text)).toBe(expected(text));
    }
  });
});

describe('the traditional-character bitmap', () => {
  /** What the bitmap means: a BMP character the dictionary maps to something else; read here by splitting the entries. */
  const bySplitting = (dictionary: string): Uint8Array => {
    const characters = new Uint8Array(65536);
    for (const pair of dictionary.split('|')) {
      const [from, to] = pair.split(' ');
      if (from !== undefined && from !== to && from.length === 1) characters[from.charCodeAt(0)] = 1;
    }
    return characters;
  };

  it('marks exactly the characters TSCharacters changes, read in place', () => {
    expect(traditionalCharacters(TS_CHARACTERS)).toEqual(bySplitting(TS_CHARACTERS));
  });

  it('reads entries without a target, with several targets, unchanged and outside the BMP alike', () => {
    for (const dictionary of ['a b|c c|d|ee f|g h i|j j k', 'x|y y', '', '𠵾 㗲|並 并']) expect(traditionalCharacters(dictionary)).toEqual(bySplitting(dictionary));
  });
});
