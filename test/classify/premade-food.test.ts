import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPremadeFood } from '../../shared/classify/premade-food.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForPremadeFood([], text, ['product_quality']).map((t) => t.type);

// The guide: product_quality is the thing bought being bad; food pre-made and reheated is.
describe('the food said pre-made and reheated', () => {
  it('is product_quality', () => {
    expect(types('料理包的味道')).toContain('product_quality');
    expect(types('一吃就是料理包')).toContain('product_quality');
    expect(types('是预制菜吧，一点锅气都没有')).toContain('product_quality');
  });

  it('is none by this rule when denied, feared or asked', () => {
    expect(ruleTypes('不是预制菜，现炒的，好吃')).toEqual([]);
    expect(ruleTypes('本来怕是预制菜，结果真是现炒')).toEqual([]);
    expect(ruleTypes('这家是不是料理包啊？')).toEqual([]);
    expect(ruleTypes('料理包吗？看着不像')).toEqual([]);
  });
});

describe('food made of additives (科技与狠活)', () => {
  it('is product_quality and negative, unless denied', () => {
    const result = createLocalClassifier().classifySync({ text: '这奶茶全是科技与狠活，喝完嗓子难受' });
    expect(result.sentiment.label).toBe('negative');
    expect(result.complaintTypes.map((t) => t.type)).toContain('product_quality');
    expect(createLocalClassifier().classifySync({ text: '不是科技与狠活，放心吃' }).complaintTypes).toEqual([]);
  });
});
