import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

describe('the stay or the meal said not to be worth its price or its rating (配不上这个价格)', () => {
  it("is the customer's verdict, negative, even after a kind word", () => {
    for (const text of [
      '本来冲着评分来的，住下来觉得也就那么回事，前台小妹人挺好，但酒店整体配不上这个分数。',
      '房间还行，但是配不上这个价格',
      '味道还可以，但配不上这么高的评分',
      '环境不错，配不上这个价钱',
    ]) {
      expect(classify(text).sentiment.label, text).toBe('negative');
    }
  });

  it('names price_billing for the price and misleading_promise for the rating', () => {
    expect(types('房间还行，但是配不上这个价格')).toContain('price_billing');
    expect(types('环境不错，配不上这个价钱')).toContain('price_billing');
    expect(types('味道还可以，但配不上这么高的评分')).toContain('misleading_promise');
  });

  it('is praise when it is worth it', () => {
    expect(classify('完全配得上这个价格，超值').sentiment.label).toBe('positive');
    expect(types('完全配得上这个价格，超值')).not.toContain('price_billing');
  });
});
