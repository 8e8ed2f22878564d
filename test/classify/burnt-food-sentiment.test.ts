import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('food said burnt (有点焦, 烤糊了)', () => {
  it('reads it as a complaint', () => {
    for (const text of ['烧烤有点焦', '鸡翅烤焦了', '饼太焦了', '锅巴饭底都糊了', '串都烤糊了'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps crisp outside (外焦里嫩, 焦脆), caramel and food denied burnt as praise', () => {
    for (const text of ['外焦里嫩 好吃', '辣油拌粉丝香迷糊了', '焦糖布丁很好吃', '一点都不焦 火候刚好 好吃', '烤得焦脆 很香'])
      expect(sentiment(text), text).toBe('positive');
  });
});
