import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremisesSmall } from '../../shared/classify/premises-small.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FOOD = [{ type: 'product_quality', confidence: 0.6, phrases: [], problem: false }];

describe('only the place said small (店面太小了)', () => {
  it('is the premises, no product_quality', () => {
    expect(types('店面太小了')).toEqual(['environment']);
    expect(types('菜上得很快，就是桌子太小了，四个人六个菜根本摆不下')).toEqual(['environment']);
  });

  it('keeps product_quality when the food is faulted too, or in a stay', () => {
    expect(types('店面太小了 菜量也少')).toContain('product_quality');
    expect(typesForPremisesSmall(FOOD, '桌子太小，菜也难吃', ['难吃'])).toEqual(FOOD);
    expect(typesForPremisesSmall(FOOD, '酒店大堂很小，早餐就是包子稀饭咸菜', [])).toEqual(FOOD);
  });
});

describe('the parking said scant (车位太少)', () => {
  it('is environment, no product_quality', () => {
    for (const text of ['停车很不方便，车位太少', '地方不好找，车位太少了', '車位很少，晚上回來根本停不進去']) {
      const found = classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
      expect(found, text).toContain('environment');
      expect(found, text).not.toContain('product_quality');
    }
  });

  it('keeps product_quality when a portion is said scant beside it', () => {
    expect(classifier.classifySync({ text: '菜量太少，车位也少' }).complaintTypes.map((t) => t.type)).toContain('product_quality');
  });
});
