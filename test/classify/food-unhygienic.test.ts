import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFoodUnhygienic } from '../../shared/classify/food-unhygienic.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForFoodUnhygienic([], text, ['product_quality']).map((t) => t.type);

// The guide: product_quality covers the hygiene of the food; environment the premises'.
describe('the food, its box or the kitchen called unhygienic', () => {
  it('is product_quality, not environment', () => {
    expect(types('饮料杯上有油渍，看着就不卫生')).toEqual(['product_quality']);
    expect(types('外卖不卫生，吃完肚子不舒服')).toContain('product_quality');
    expect(types('餐盒不干净，里面有黑点')).toContain('product_quality');
    expect(types('这后厨卫生堪忧啊，菜里什么都有')).toContain('product_quality');
  });

  it('is so when only softened (不太干净, 不怎么卫生)', () => {
    for (const text of ['感觉不太干净，吃着有股怪味', '饭盒外面油乎乎的 里面米饭也黄黄的 看着就不太干净']) {
      expect(types(text), text).toContain('product_quality');
      expect(types(text), text).not.toContain('environment');
    }
  });

  it('is none by this rule for the premises, tableware at the table, a denial or a fear', () => {
    expect(ruleTypes('店里不卫生，桌子油乎乎的')).toEqual([]);
    expect(ruleTypes('房间不干净，床单有头发')).toEqual([]);
    expect(ruleTypes('餐具不干净，碗上有饭粒')).toEqual([]);
    expect(ruleTypes('菜很干净，一点也不会不卫生')).toEqual([]);
    expect(ruleTypes('怕外卖不干净，这家还挺放心的')).toEqual([]);
  });
});

describe('hearsay or a stay', () => {
  it('is none by this rule', () => {
    expect(ruleTypes('我妈说外卖都不干净，这家她倒爱吃')).toEqual([]);
    expect(ruleTypes('泡完澡全身起疹子，医生说是水质不干净')).toEqual([]);
  });
});
