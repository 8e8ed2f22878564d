import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const namesMinorFlaw = (text: string) =>
  classifier.classifySync({ text }).explanations.some((line) => line.startsWith('problem phrases and complaint types count as negative evidence') && line.includes('a minor flaw after praise'));

describe('praise the lexicon does not list, before a mild contrast', () => {
  it('still makes what follows the one flaw of a satisfied review', () => {
    // No lexicon word before 就是: only the sentiment model reads 筋道, 很稠 and 皮薄馅大 as praise.
    expect(namesMinorFlaw('面条筋道，就是辣椒油给少了，不够味')).toBe(true);
    expect(namesMinorFlaw('粥熬得很稠，就是小菜给少了，不够吃')).toBe(true);
    expect(namesMinorFlaw('皮薄馅大，就是醋给少了，不够蘸')).toBe(true);
  });

  it('leaves a plain account before the contrast no praise', () => {
    expect(namesMinorFlaw('点了一份炒饭，就是太咸了，没法吃')).toBe(false);
    expect(classifier.classifySync({ text: '点了一份炒饭，就是太咸了，没法吃' }).sentiment.label).toBe('negative');
  });
});
