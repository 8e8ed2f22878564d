import { describe, expect, it } from 'vitest';
import { typesForBreakfastLimited } from '../../shared/classify/breakfast-limited.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const DEFAULT_TYPES = ['product_quality', 'environment'];

describe("the hotel's breakfast said to offer too little", () => {
  it('is product_quality in a satisfied review, which stays positive', () => {
    const result = classify('位置不错，离地铁站很近，早餐种类少，味道一般');
    expect(result.complaintTypes.map((t) => t.type)).toEqual(['product_quality']);
    expect(result.sentiment.label).toBe('positive');
    expect(classify('环境很好，服务周到，早餐选择不多').complaintTypes.map((t) => t.type)).toContain('product_quality');
  });

  it('is none by this rule when the sentence concedes it or denies it', () => {
    expect(typesForBreakfastLimited([], '早餐虽然品种不多，但是样样好吃', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐种类不多，不过都很新鲜', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐种类不少，很丰盛', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForBreakfastLimited([], '早餐种类少', ['environment'])).toEqual([]);
  });
});
