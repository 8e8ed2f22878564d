import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('praise of before, then a fault of this time', () => {
  it('reads the fault of this time as the verdict', () => {
    for (const text of ['以前很好吃，这次肉很柴', '之前一直觉得不错，这次米饭有点硬', '以前都很满意 这次的汤太咸了', '上次来很好，这回房间有股烟味'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps a this time praised, or praised beside its fault, positive', () => {
    for (const text of ['以前有点咸，这次刚刚好 好吃', '之前送得慢，现在快多了 点赞', '以前很好吃，这次也很好吃', '以前就好吃，这次稍微有点咸但还是好吃'])
      expect(sentiment(text), text).toBe('positive');
  });
});

describe('a fault of before fixed this time', () => {
  it('keeps it positive', () => {
    for (const text of ['上次投诉过米饭太硬的问题，这次软硬刚好，看来老板有听进去，加分', '第二次点了，上次说米饭有点夹生，这次明显改进了，软硬刚好，老板看来真的会看评论'])
      expect(sentiment(text), text).toBe('positive');
  });
});

describe('a decline told in set phrases (味道每况愈下, 品种一年比一年少)', () => {
  it('is negative', () => {
    expect(sentiment('早餐品种一年比一年少')).toBe('negative');
    expect(sentiment('鸡腿一次比一次少')).toBe('negative');
  });
});
