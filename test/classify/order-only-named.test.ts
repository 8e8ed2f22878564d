import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForOrderOnlyNamed } from '../../shared/classify/order-only-named.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const modelRead = (confidence: number) => [{ type: 'order_accuracy', confidence, phrases: ['点的是'], problem: false }];

describe('what was ordered told, nothing said to have come otherwise (我点的是肉饼汤，汤很清但是很鲜)', () => {
  it('is no order error', () => {
    for (const text of [
      '南昌的早上就是一碗瓦罐汤配拌粉。这家在绳金塔附近，老板凌晨四点就开始煨汤了。 我点的是肉饼汤，汤很清但是很鲜，肉饼紧实；拌粉是细粉，加了萝卜干和花生，辣椒油香得很。一顿早餐十五块，吃得很满足。',
      '点的是健身餐 牛肉糙米饭 没什么油 西兰花很脆 牛肉也不柴 坚持减脂的第十天💪',
    ])
      expect(types(text), text).not.toContain('order_accuracy');
  });

  it('keeps the order error where something came otherwise, was left out, or a note was ignored', () => {
    for (const text of ['点的香辣鸡腿堡，给我送来个田园脆鸡堡，什么情况', '很好吃，但是我点的加蛋没加', '东西好吃！不过为啥我的奶茶是三分糖 我点的无糖啊', '牛肉面很劲道，就是香菜明明备注了不要还是放了'])
      expect(typesForOrderOnlyNamed(modelRead(0.7), text), text).toHaveLength(1);
  });

  it("keeps a rule's reading", () => {
    expect(typesForOrderOnlyNamed(modelRead(0.9), '我点的是肉饼汤，很鲜')).toHaveLength(1);
  });
});
