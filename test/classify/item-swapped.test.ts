import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForItemSwapped, typesForItemSwappedNamed } from '../../shared/classify/item-swapped.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FOOD_PHRASES = ['难吃', '太咸', '夹生'];
const guessed = [
  { type: 'order_accuracy', confidence: 0.8, phrases: ['送错'], problem: true },
  { type: 'product_quality', confidence: 0.47, phrases: ['肉'], problem: true },
];

// The guide: a wrong item is order_accuracy (送错); product_quality only if the food itself is criticised.
describe('one thing ordered and another brought', () => {
  it('is order_accuracy, not product_quality', () => {
    for (const text of ['点的是招牌牛肉饭，送来的是鸡肉饭，打开那一刻我都懵了', '點的是紅燒排骨飯，送來的是咖哩雞飯，打開都傻了']) {
      expect(types(text), text).toContain('order_accuracy');
      expect(types(text), text).not.toContain('product_quality');
    }
    expect(typesForItemSwapped(guessed, '我点的饺子 来的是馄饨 什么情况', FOOD_PHRASES).map((t) => t.type)).toEqual(['order_accuracy']);
    expect(typesForItemSwapped(guessed, '点的冰可乐给成了常温的，懒得换了', FOOD_PHRASES).map((t) => t.type)).toEqual(['order_accuracy']);
  });

  it('keeps product_quality when the food is criticised besides, or the model is sure of it', () => {
    for (const text of ['点的是牛肉饭，送来的是鸡肉饭，还特别难吃', '点的是炒饭，给的是炒面，米饭呢？面还太咸', '点的是香辣鸡腿堡，送来的是鳕鱼堡，薯条也是凉的', '点的是奶茶，送来的是果茶，可乐也没气'])
      expect(typesForItemSwapped(guessed, text, FOOD_PHRASES), text).toEqual(guessed);
    const sure = [guessed[0]!, { ...guessed[1]!, confidence: 0.92 }];
    expect(typesForItemSwapped(sure, '点的是红烧牛腩饭，送来的是青椒肉丝饭，重做的牛腩全是筋', FOOD_PHRASES)).toEqual(sure);
  });

  it('is order_accuracy when told by the two dishes\' names alone', () => {
    for (const text of ['点了牛肉面，来的是肥肠面。', '点了两份酸奶 来了两份牛奶 孩子早饭要喝酸奶的', '我们点了虾滑 上来的是鱼滑']) expect(types(text), text).toEqual(['order_accuracy']);
    for (const text of ['我点的小份 给的分量跟大份似的', '外卖点的你们家套餐，送来的可乐是过期的', '点的红烧牛肉饭，送来的是红烧牛肉饭，好吃'])
      expect(typesForItemSwappedNamed([], text, ['order_accuracy']), text).toEqual([]);
  });

  it('leaves a message with no swap alone', () => {
    expect(typesForItemSwapped(guessed, '点的牛肉饭肉很少，还少送了一瓶水', FOOD_PHRASES)).toEqual(guessed);
  });
});
