import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWaitedThenCold } from '../../shared/classify/waited-then-cold.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness', 'product_quality'];

describe('a long wait, then the food come cold (等了好久 饭还是凉的)', () => {
  it('is delivery, not responsiveness', () => {
    for (const text of ['等了好久 饭还是凉的', '等了一个多小时 菜都冷了', '等了半天，汤都凉了']) {
      expect(types(text), text).toContain('delivery');
      expect(types(text), text).not.toContain('responsiveness');
    }
  });

  it('is none by this rule with the shop, a counter or a table named', () => {
    const responsive = [{ type: 'responsiveness', confidence: 0.6, phrases: ['等了'], problem: true }];
    for (const text of ['点菜后又等了四十分钟，菜来了是冷的', '商家等了好久才出餐 饭都凉了', '等了半小时服务员才上菜，菜是冷的', '等了好久 饭很好吃'])
      expect(typesForWaitedThenCold(responsive, text, DEFAULT_TYPES), text).toEqual(responsive);
  });
});
