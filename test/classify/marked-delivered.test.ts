import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('an order marked delivered that never came', () => {
  it('is delivery, not the business slow to respond', () => {
    const found = types('显示已送达，门口什么都没有，打电话没人接，等了半小时');
    expect(found).toContain('delivery');
    expect(found).not.toContain('responsiveness');
  });

  it('leaves a time of day alone', () => {
    expect(types('预计十二点送达，商家一直不接单，打电话也没人接')).toContain('responsiveness');
  });
});
