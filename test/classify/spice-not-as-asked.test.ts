import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSpiceNotAsAsked } from '../../shared/classify/spice-not-as-asked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['order_accuracy', 'product_quality'];

describe('a mild spice level asked for and the food come hot (点的微辣 送来辣得流泪)', () => {
  it('is order_accuracy', () => {
    for (const text of [
      '点的不辣 结果辣得孩子一口没吃',
      '明明选了免辣 吃起来还是辣',
      '麻辣烫选的微辣 辣到我嘴唇都肿了',
      '备注了不要辣 送来的是特辣',
      '點的微辣 辣得我狂喝水',
      '给老人点的少辣 结果超辣',
    ]) expect(types(text), text).toContain('order_accuracy');
  });

  it('is none by this rule for the level kept, food milder than asked, a denial, or another order', () => {
    for (const text of [
      '点的微辣 刚刚好 不会太辣',
      '点的中辣 吃着像微辣',
      '选的免辣 小朋友吃得很开心',
      '下次点微辣 这次的特辣太猛了',
      '如果选了不辣还是辣 那就别点了',
      '点的微辣，味道很好。朋友点的特辣说辣得过瘾',
    ]) expect(typesForSpiceNotAsAsked([], text, TAXONOMY_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForSpiceNotAsAsked([], '点的微辣 辣得要命', ['product_quality'])).toEqual([]);
  });
});
