import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a request for the next order', () => {
  it('is no order error', () => {
    expect(types('面很好吃，下次备注少放点辣椒')).not.toContain('order_accuracy');
  });

  it('leaves an ignored note an order error', () => {
    expect(types('备注了不要香菜，结果还是放了，下次备注少放盐')).toContain('order_accuracy');
  });
});
