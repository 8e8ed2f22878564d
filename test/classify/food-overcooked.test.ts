import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFoodOvercooked } from '../../shared/classify/food-overcooked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'service_attitude'];

describe('a dish cooked too long (鸡蛋煮老了, 排骨炖得太老了)', () => {
  it('is product_quality', () => {
    expect(types('鸡蛋煮老了')).toContain('product_quality');
    expect(types('排骨炖得太老了')).toContain('product_quality');
  });

  it('is none by this rule for praise of a crisp crust, the owner, a burnt socket or staff cooking at the table', () => {
    expect(typesForFoodOvercooked([], '鸡腿外皮煎得焦香，照烧汁甜咸适中', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodOvercooked([], '炒老板推荐的菜，很好吃', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodOvercooked([], '房间的插座是烧焦的，还有一股焦糊味', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodOvercooked([], '服务员烤肉的时候心不在焉，把我们的牛舌烤焦了两片也不说换', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a dish said grilled past done (腰子烤过了有点老)', () => {
  it('is product_quality, in a long satisfied review', () => {
    expect(types('来吃过三次了，味道一直很稳定。烤串都是现串的，羊肉串肥瘦相间，孜然味足。这次点的烤腰子稍微烤过了有点老，不过其他都很好。总体好评！')).toContain('product_quality');
  });

  it('is none by this rule for a dish cooked twice by the recipe', () => {
    expect(typesForFoodOvercooked([], '肉是先烤过了再炖的，很入味', DEFAULT_TYPES)).toEqual([]);
  });
});
