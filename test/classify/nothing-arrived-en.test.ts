import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: getting the order to the customer is delivery; one that never came most of all.
describe('an English order that never came', () => {
  it('is delivery', () => {
    for (const text of ['never received my order', "It's been 10 days and I still haven't received my package.", 'my parcel never arrived and the seller stopped replying', "Where is my food. It's been 90 minutes. The app just says 'finding a rider'."]) {
      expect(types(text), text).toContain('delivery');
    }
  });

  it('asked after in a bare question, is a complaint: delivery, negative', () => {
    const result = classifier.classifySync({ text: "@ShopCo where's my package??" });
    expect(result.complaintTypes.map((t) => t.type)).toContain('delivery');
    expect(result.sentiment.label).toBe('negative');
    expect(classifier.classifySync({ text: 'Is there a gym at the hotel?' }).complaintTypes).toEqual([]);
  });

  it('is none at a table, or for what the business never got', () => {
    for (const text of ['Our food never came, the waiter forgot us for 50 minutes.', 'Placed the order, the restaurant says they never received it. App says it was accepted.']) {
      expect(types(text), text).not.toContain('delivery');
    }
  });

  it('is delivery when marked delivered and never there, not for "nothing came" alone (a refund, the rest of an order)', () => {
    expect(types('Order said delivered but nothing arrived. Support chat just sends canned replies.')).toContain('delivery');
    expect(types('App shows delivered but I never got it')).toContain('delivery');
    expect(types('I am waiting for refund of my cancelled ride since 10 days. App is showing processed but nothing came in my bank.')).not.toContain('delivery');
  });
});
