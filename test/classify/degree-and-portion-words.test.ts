import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type) };
};

describe('好 as a word of degree before a quality the lexicon does not judge (味道好重, 分辨率好低)', () => {
  it('is no praise', () => {
    expect(read('味道好重').sentiment).toBe('negative');
    expect(read('装修味道好重，一进门就熏眼睛，新开的酒店吧，不建议带小孩住')).toEqual({ sentiment: 'negative', types: ['environment'] });
  });

  it('lets the quality it stresses name its fault', () => {
    expect(read('比想象的差远了......还这么贵，早知道买小米了，分辨率好低').types).toContain('product_quality');
  });

  it('leaves 好 that ends or starts a word as it was', () => {
    expect(read('好多了，谢谢').sentiment).toBe('positive');
    expect(read('房间好大好干净').sentiment).toBe('positive');
  });
});

describe('a portion too big to finish (量大到吃不完, 两个人都吃撑了)', () => {
  it('is praise', () => {
    expect(read('小份也很多了，女生完全吃不完').sentiment).toBe('positive');
    expect(read('冒菜分量扎实，两个人都吃不完，就是贵了点，三十几块一份。').sentiment).toBe('positive');
  });
});
