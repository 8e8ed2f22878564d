import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a verdict in words the lexicon read as praise', () => {
  it('"还是算了" (下次还是算了) declines another visit: 下次还 there is no promise to come back', () => {
    for (const text of ['下次还是算了', '想想还是算了吧', '这家下次还是算了，太慢了']) expect(sentiment(text), text).toBe('negative');
    expect(sentiment('下次还是会来的')).toBe('positive');
  });

  it('good reviews said to be bought (靠刷好评, 好评都是刷的) accuse the shop, they do not praise it', () => {
    for (const text of ['这家店就是靠刷好评的吧', '好评都是刷的']) expect(sentiment(text), text).toBe('negative');
    expect(sentiment('炸串外焦里嫩，就是刷的酱太多了')).toBe('positive');
    expect(sentiment('好吃，给个好评')).toBe('positive');
  });
});
