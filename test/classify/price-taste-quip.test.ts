import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceTasteQuip } from '../../shared/classify/price-taste-quip.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type).sort();
const TAXONOMY_TYPES = ['price_billing', 'product_quality'];

describe('the price set against poorer food (米其林的价格，沙县的味道)', () => {
  it('is price_billing and product_quality', () => {
    for (const text of ['米其林的价格，沙县的味道', '五星级酒店的价格，路边摊的水平', '这个价格就这味道', '这价钱就这水平？', '米其林的價格，沙縣的味道']) {
      expect(types(text), text).toEqual(['price_billing', 'product_quality']);
    }
  });

  it('is a negative complaint, though its words read as praise or as nothing', () => {
    for (const text of ['米其林的价格，沙县的味道', '这个价格就这味道']) {
      const result = classifier.classifySync({ text });
      expect(result.sentiment.label, text).toBe('negative');
      expect(result.intent, text).toBe('complaint');
    }
    expect(classifier.classifySync({ text: '路边摊的价格，米其林的味道' }).sentiment.label).toBe('positive');
  });

  it('is none for the praise the other way round, or a price said to buy good food', () => {
    for (const text of ['路边摊的价格，米其林的味道', '这个价格能吃到这个味道，很满意', '这个价格就这味道，很满意了', '沙县的价格，五星级的享受']) {
      expect(typesForPriceTasteQuip([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });
});
