import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

describe('香 in the name of a dish or an ingredient (麻辣香锅, 香辣鸡翅, 香菇) is no praise', () => {
  it('leaves the fault in the same clause counted', () => {
    expect(types('晚饭点的香辣鸡腿堡少给了一个')).toContain('order_accuracy');
    expect(types('麻辣香鍋少給了一份米飯')).toContain('order_accuracy');
    expect(types('香菇鸡肉饭里全是碎骨头')).toContain('product_quality');
  });

  it('still praises when the food is said to smell good', () => {
    const praise = classify('麻辣香锅超级香 下次还点');
    expect(praise.sentiment.label).toBe('positive');
    expect(praise.complaintTypes).toEqual([]);
  });
});
