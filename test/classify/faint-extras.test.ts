import { describe, expect, it } from 'vitest';
import { withoutFaintExtras } from '../../shared/classify/faint-extras.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const score = (type: string, confidence: number): ComplaintTypeScore => ({ type, confidence, phrases: [], problem: false });
const FIVE = [score('product_quality', 0.97), score('service_attitude', 0.95), score('order_accuracy', 0.71), score('price_billing', 0.4), score('environment', 0.3)];

describe('more than three types in a short message', () => {
  it('keeps the three likeliest and drops the faint ones beyond', () => {
    expect(withoutFaintExtras(FIVE, 60).map((t) => t.type)).toEqual(['product_quality', 'service_attitude', 'order_accuracy']);
    expect(withoutFaintExtras([...FIVE.slice(0, 3), score('delivery', 0.8)], 60).map((t) => t.type)).toContain('delivery');
  });

  it('keeps every type of a long review, which lists more faults', () => {
    expect(withoutFaintExtras(FIVE, 200)).toHaveLength(5);
  });

  it('reads a two-sentence review as the faults it tells, not six', () => {
    const types = classifier.classifySync({ text: '点了一杯热可可，端上来是温的，跟服务员说，服务员说“我们就是这个温度”。菜品倒是都还行，就是饮品不太用心。' }).complaintTypes;
    expect(types.length).toBeLessThanOrEqual(3);
  });
});
