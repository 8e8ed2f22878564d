import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceOnlyTold } from '../../shared/classify/price-only-told.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const priceAndFood = [
  { type: 'price_billing', confidence: 0.9, phrases: [], problem: true },
  { type: 'product_quality', confidence: 0.6, phrases: [], problem: true },
];

describe('only the price told and judged (一碗面三十八块，真的不值)', () => {
  it('is price_billing, no product_quality', () => {
    for (const text of ['一碗面三十八块，真的不值', '一份炒饭二十八，真的不值', '一个汉堡卖三十五，性价比太低']) {
      expect(types(text)).toContain('price_billing');
      expect(types(text)).not.toContain('product_quality');
    }
  });

  it('keeps product_quality when the thing itself is judged, even in the clause of price', () => {
    expect(typesForPriceOnlyTold(priceAndFood, '一碗面三十八块，味道还一般', [])).toEqual(priceAndFood);
    expect(typesForPriceOnlyTold(priceAndFood, '不是很好还挺贵的', [])).toEqual(priceAndFood);
    expect(typesForPriceOnlyTold(priceAndFood, '一份酸菜鱼六十八，鱼片就那么几片，太坑了', [])).toEqual(priceAndFood);
    expect(typesForPriceOnlyTold(priceAndFood, '太贵了 三十五块就这么一丁点 不值', [])).toEqual(priceAndFood);
    expect(typesForPriceOnlyTold(priceAndFood, '一份二十八，就这么一点，不值', [])).toEqual(priceAndFood);
  });
});
