import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('踩雷 (a dud ordered) and 失水准 (below its usual standard)', () => {
  it('踩雷 is a fault, and denied (不踩雷, 没踩雷) it is praise', () => {
    for (const text of ['踩雷了', '又踩雷了，再也不点了']) expect(sentiment(text), text).toBe('negative');
    for (const text of ['不踩雷', '没踩雷']) expect(sentiment(text), text).toBe('positive');
  });

  it('失水准 is a fault', () => {
    for (const text of ['今天的有点失水准', '这次失水准了']) expect(sentiment(text), text).toBe('negative');
  });
});
