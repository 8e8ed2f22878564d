import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('food too tough to chew (嚼不动, 咬都咬不动)', () => {
  it('is a fault, also inside a question that asks nothing (我就想问问这是什么肉)', () => {
    for (const text of ['我就想问问这是什么肉，嚼都嚼不动', '请问你们的牛肉是怎么做的？咬都咬不动', '这是什么肉啊，嚼不烂']) expect(sentiment(text), text).toBe('negative');
  });

  it('is no fault when the food is said easy to chew', () => {
    expect(sentiment('牛腩炖得软烂入味，老人也嚼得动')).toBe('positive');
  });
});
