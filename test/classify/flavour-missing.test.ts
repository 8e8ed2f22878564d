import { describe, expect, it } from 'vitest';
import { typesForFlavourMissing } from '../../shared/classify/flavour-missing.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'order_accuracy'];
const negative = (text: string) => typesForFlavourMissing([], text, true, DEFAULT_TYPES).map((t) => t.type);

// The guide: product_quality covers the food's taste.
describe("a dish's heat missing or its taste changed", () => {
  it('is product_quality in a negative message', () => {
    expect(types('辣翅一点都不辣')).toContain('product_quality');
    expect(types('和以前的味道不一样了')).toContain('product_quality');
    expect(types('以前挺好吃的 最近是换厨师了吧 味道变了好多')).toContain('product_quality');
    expect(negative('一点也不辣不正宗')).toEqual(['product_quality']);
    expect(negative('因该是换厨师了 以前的味道没了 可惜')).toEqual(['product_quality']);
  });

  it('is none by this rule when a heat was asked for: the order not honoured, order_accuracy by the corpus', () => {
    for (const text of ['点的特辣一点都不辣', '备注多放辣 一点辣味都没有', '选的特辣 一点都不辣', '不是说好了加辣吗，一点都不辣'])
      expect(negative(text), text).toEqual([]);
  });

  it('is none by this rule for a child or a reader who cannot take heat, a new cook alone, or a taste the same as before', () => {
    expect(negative('给孩子点的，一点都不辣')).toEqual([]);
    expect(negative('我不吃辣，这个一点都不辣')).toEqual([]);
    expect(negative('第二次感觉一般，可能换厨师了吧')).toEqual([]);
    expect(negative('涨价了，味道跟以前差不多')).toEqual([]);
  });

  it('is none in a message not read as negative', () => {
    expect(typesForFlavourMissing([], '一点都不辣，小朋友也能吃', false, DEFAULT_TYPES)).toEqual([]);
    expect(types('一点都不辣，小朋友也能吃')).not.toContain('product_quality');
  });
});
