import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('curtains that let the light in (窗帘透光)', () => {
  it('reads it as a complaint', () => {
    for (const text of ['遮光帘有点透光', '窗帘透光 影响休息', '窗帘很透光 睡不好'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps curtains that keep it out as praise', () => {
    for (const text of ['窗帘一点都不透光 睡得很好', '遮光很好 不透光 推荐'])
      expect(sentiment(text), text).toBe('positive');
  });
});
