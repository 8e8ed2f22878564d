import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: product_quality covers the food's taste, for a hotel its breakfast and food.
describe('food said to be hard to get down (难以下咽, 无法下咽, 咽不下去)', () => {
  it('is product_quality and negative', () => {
    for (const text of ['自助餐看着挺丰盛 吃起来简直难以下咽', '酒店的自助晚餐贵就算了 关键是难以下咽', '送到房间的炒饭 油得没法下咽']) {
      const result = classify(text);
      expect(result.complaintTypes.map((t) => t.type), text).toContain('product_quality');
      expect(result.sentiment.label, text).toBe('negative');
    }
  });

  it('is no food fault in 咽不下这口气 (a grievance swallowed)', () => {
    expect(classify('咽不下这口气 前台太欺负人了').complaintTypes.map((t) => t.type)).not.toContain('product_quality');
  });
});
