import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForTasteSaidPoor } from '../../shared/classify/taste-said-poor.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['product_quality', 'price_billing'];

describe('the taste given a mild bad verdict (味道不太行, 口味很一般)', () => {
  it('is product_quality', () => {
    for (const text of ['味道不太行', '这家的口味不太行，下次换一家', '口味真的很一般，米饭倒是管够', '口感一言难尽', '味道還不太行，不會再點', '菜品确实不咋地']) {
      expect(types(text), text).toContain('product_quality');
    }
  });

  it('is none by this rule for praise, lukewarm words, a denial, a condition or another place', () => {
    for (const text of [
      '味道还行，分量也足',
      '味道一般，价格还可以',
      '味道也不是不行，就是贵了点',
      '如果味道不太行就别点了',
      '口味不太行的话可以换别家',
      '不知道味道是不是不太行',
      '以前口味不咋样，现在进步很大',
      '别家味道不太行，这家很好吃',
      '味道不太行吗？我觉得挺好',
    ]) {
      expect(typesForTasteSaidPoor([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('is negative: the mild verdicts are words of fault in the lexicon', () => {
    for (const text of ['这家的口味不太行，下次换一家', '口感一言难尽', '菜品确实不咋地', '米线的味道不太行']) {
      expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    }
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForTasteSaidPoor([], '味道不太行', ['price_billing'])).toEqual([]);
  });
});
