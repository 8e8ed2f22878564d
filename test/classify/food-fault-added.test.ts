import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { mildFaults } from '../../shared/classify/hedged-faults.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a second fault of the food added with 也 (螺蛳粉不够臭 汤也淡)', () => {
  it('is product_quality', () => {
    expect(types('螺蛳粉不够臭 汤也淡')).toContain('product_quality');
  });

  it('is a phrase of the food only, and not for faults that open praise (也干净, 也凉快) or 又', () => {
    expect(mildFaults(['淡'], 0.8, true)).toHaveProperty('也淡');
    expect(mildFaults(['淡'], 0.8)).not.toHaveProperty('也淡');
    expect(Object.keys(mildFaults(['干', '凉', '酸'], 0.8, true)).filter((phrase) => phrase.startsWith('也') || phrase.startsWith('又'))).toEqual([]);
    expect(types('包装也干净 很满意')).not.toContain('product_quality');
  });
});

describe("a drink's ice melted away on the way (咖啡很淡 冰也化完了)", () => {
  it('is delivery, and a second fault beside the first: negative', () => {
    expect(types('咖啡很淡 冰也化完了')).toContain('delivery');
    expect(types('冰块都化光了')).toContain('delivery');
    expect(classifier.classifySync({ text: '咖啡很淡 冰也化完了' }).sentiment.label).toBe('negative');
  });
});

describe('a drink sent at room temperature (饮料送成了常温的)', () => {
  it('is delivery', () => {
    expect(types('饮料送成了常温的')).toContain('delivery');
  });
});
