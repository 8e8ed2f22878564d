import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((entry) => entry.type);

describe('the shop slow to accept or start the order, told by the clock', () => {
  it('is responsiveness', () => {
    expect(types('中午12点下单，商家1点才接单。')).toContain('responsiveness');
    expect(types('十一点下单 十二点半才开始做')).toContain('responsiveness');
  });

  it('is not the shop\'s when the rider accepted late', () => {
    expect(types('一点半下单，骑手两点才接单')).not.toContain('responsiveness');
  });
});
