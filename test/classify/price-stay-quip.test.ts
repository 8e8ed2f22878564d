import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { priceStayQuip } from '../../shared/classify/price-stay-quip.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe("a dear stay's price set against a cheap stay's service (五星级的价格，三星级的服务)", () => {
  it('is a negative verdict with price_billing', () => {
    for (const text of ['五星级酒店的价格，三星级的服务。', '五星的价格，三星的服务', '五星级的价格，快捷酒店的设施', '四星酒店的价格，招待所的条件', '五星級的價格，三星級的服務']) {
      const result = classify(text);
      expect(result.sentiment.label, text).toBe('negative');
      expect(result.complaintTypes.map((t) => t.type), text).toContain('price_billing');
    }
  });

  it('is no quip the other way round, or when the stars do not fall', () => {
    for (const text of ['快捷酒店的价格，五星级的服务', '三星的价格，五星的服务', '四星的价格，四星的服务', '五星级酒店的服务，价格也合理']) {
      expect(priceStayQuip(text), text).toBeUndefined();
    }
    expect(classify('快捷酒店的价格，五星级的服务，太值了').sentiment.label).toBe('positive');
  });
});
