import { describe, expect, it } from 'vitest';
import { typesForFoodSaidInedible } from '../../shared/classify/food-said-inedible.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'order_accuracy', 'delivery'];
const byRule = (text: string) => typesForFoodSaidInedible([], text, DEFAULT_TYPES).map((t) => t.type);

describe('the food said past eating (辣得没法吃, 吃了一口就扔了, 黑暗料理)', () => {
  it('is product_quality in short takeaway reviews, simplified or traditional', () => {
    for (const text of [
      '麻得根本没法吃',
      '油得没办法下口',
      '这个卤肉饭真的没法吃',
      '尝了两口就倒了 浪费钱',
      '纯纯的黑暗料理',
      '猪都不吃的东西',
      '这玩意儿是给人吃的吗？',
      '酸得实在吃不下',
      '鹹得沒辦法吃',
      '這便當根本無法入口',
    ]) expect(types(text), text).toContain('product_quality');
  });

  it('is none by this rule for a portion too big to finish, a condition, a denial or a fear', () => {
    expect(byRule('分量多得吃不下，两个人刚好')).toEqual([]);
    expect(byRule('要是再放辣一点就没法吃了，现在刚好')).toEqual([]);
    expect(byRule('倒也不至于没法吃，就是偏咸')).toEqual([]);
    expect(byRule('本来怕辣得没法吃，结果微微辣很下饭')).toEqual([]);
    expect(byRule('一口气全吃完了')).toEqual([]);
    expect(byRule('之前一直觉得外卖的炒河粉没法吃，这家完全不一样')).toEqual([]);
  });

  it('is none by this rule when the place put the customer off eating', () => {
    expect(byRule('店里环境太脏了，真的没法吃下去')).toEqual([]);
    expect(byRule('去了趟洗手间，回来就吃不下去了')).toEqual([]);
  });

  it('is none by this rule when nothing to eat with came or a spice level asked for was ignored: the order, not the food', () => {
    expect(byRule('没给勺子，汤没法喝粉也没法吃')).toEqual([]);
    expect(byRule('备注了不要辣，还是辣得没法吃')).toEqual([]);
    expect(byRule('选的微辣，小孩完全吃不下')).toEqual([]);
  });
});
