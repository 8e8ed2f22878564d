import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// 延迟退房 names the late check-out a hotel grants: no delay, so no negative word of itself.
describe('a late check-out granted (延迟退房)', () => {
  it('is praise when granted, with no type', () => {
    for (const text of ['延迟退房到两点没收钱 很人性化', '前台爽快答应延迟退房到下午一点']) {
      const result = classify(text);
      expect(result.sentiment.label, text).toBe('positive');
      expect(result.complaintTypes, text).toEqual([]);
    }
  });

  it('stays negative when refused', () => {
    for (const text of ['前台不给延迟退房 态度还差', '想延迟退房半小时都不行']) expect(classify(text).sentiment.label, text).toBe('negative');
  });
});
