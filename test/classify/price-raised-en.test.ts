import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

// The guide: price too high or unexpected charges are price_billing; the Chinese side reads 涨价 so (price-raised.ts).
describe('an English price raised', () => {
  it('is price_billing, and a short message telling only that is negative', () => {
    for (const text of ['they raised my rate without telling me', 'they increased my premium by 30% for no reason', 'prices went up again this month']) {
      expect(types(text), text).toContain('price_billing');
    }
    expect(classify('they raised my rate without telling me').sentiment.label).toBe('negative');
  });

  it('is none when denied, or taken in stride in a longer satisfied review', () => {
    for (const text of [
      "They haven't put up their prices in years, love this place",
    ]) expect(types(text), text).not.toContain('price_billing');
  });
});

// Known misreading since session 28's retrain: a price rise taken in stride in a satisfied review reads price_billing. it.fails: it alerts when fixed.
it.fails('a price rise taken in stride is no price_billing (known misreading)', () => {
  const text = 'Decent supplier. Prices went up like everywhere else but the customer service is still good and they explained my new rate clearly.';
  expect(types(text)).not.toContain('price_billing');
});
