import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceForLittle } from '../../shared/classify/price-for-little.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const byRule = (text: string) => typesForPriceForLittle([], text, ['price_billing']).map((t) => t.type);

// The guide: price too high or poor value is price_billing; so little sold for a sum says so without a price word.
describe('so little sold for a sum', () => {
  it('is price_billing', () => {
    expect(types('量太少了吧，这点东西卖35')).toEqual(expect.arrayContaining(['product_quality', 'price_billing']));
    expect(types('这么点东西卖三十多')).toContain('price_billing');
    expect(byRule('就这几片肉收我二十八')).toEqual(['price_billing']);
  });

  it('is nothing without a sum', () => {
    expect(byRule('这点东西卖得不贵，挺好')).toEqual([]);
    expect(byRule('这点小问题不影响，很好吃')).toEqual([]);
  });
});
