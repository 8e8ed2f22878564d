import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForMostlyFiller } from '../../shared/classify/mostly-filler.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForMostlyFiller([], text, ['product_quality']).map((t) => t.type);

// The guide: portion size (量少, 分量不足) is product_quality.
describe('the dish mostly filler, or gone in a bite or two', () => {
  it('is product_quality', () => {
    expect(types('骨头比肉多')).toContain('product_quality');
    expect(types('配菜比肉还多，二十八一份')).toContain('product_quality');
    expect(types('一半都是配菜')).toContain('product_quality');
    expect(types('两口就没了')).toContain('product_quality');
    expect(types('小份跟没吃一样')).toContain('product_quality');
  });

  it('is none by this rule when compared away, feared or of an earlier order', () => {
    expect(ruleTypes('不像别家骨头比肉多，这家肉很实在')).toEqual([]);
    expect(ruleTypes('以为两口就没了，结果很大一份')).toEqual([]);
    expect(ruleTypes('以前一半都是配菜，现在改进了')).toEqual([]);
    expect(ruleTypes('太好吃了，三口两口就吃完了')).toEqual([]);
  });
});

describe('the chillies said to outnumber the meat (辣椒比肉多)', () => {
  it('is product_quality, and negative', () => {
    for (const text of ['辣椒比肉多', '辣子鸡干辣椒比鸡肉还多']) expect(ruleTypes(text), text).toEqual(['product_quality']);
    expect(classifier.classifySync({ text: '辣椒比肉多' }).sentiment.label).toBe('negative');
    expect(ruleTypes('不像别家辣椒比肉多')).toEqual([]);
  });
});
