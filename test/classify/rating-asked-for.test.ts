import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

/** A rating the courier or the shop asks for (让我给好评, 求好评) is not the customer's own praise. */
describe('a rating asked for, not given', () => {
  it('reads the complaint around it as negative', () => {
    expect(sentiment('超时半小时，骑手还让我给好评')).toBe('negative');
    expect(sentiment('骑手打电话让我给五星好评，菜都凉了')).toBe('negative');
  });

  it('keeps a rating the customer gives as praise', () => {
    expect(sentiment('好吃，好评')).toBe('positive');
    expect(sentiment('送得很快，给好评')).toBe('positive');
  });
});
