import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a second fault added with 也 (浴室也小, 房间也旧)', () => {
  it('reads it as a complaint', () => {
    for (const text of ['浴室也小', '房间也小', '卫生间也窄', '早餐种类也少', '设施也旧'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps what is denied or is no fault positive', () => {
    for (const text of ['房间也不小 很干净', '房间虽然不大 但也小巧温馨 推荐', '路上也小心 好评'])
      expect(sentiment(text), text).toBe('positive');
  });
});
