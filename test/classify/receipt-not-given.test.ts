import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForReceiptNotGiven } from '../../shared/classify/receipt-not-given.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const order = [{ type: 'order_accuracy', confidence: 0.6, phrases: ['没给'], problem: true }];

// The guide: deposit and invoice problems are price_billing.
describe('a receipt or invoice withheld', () => {
  it('is no order_accuracy', () => {
    expect(types('交了押金没给收据，退房时又说没交过')).not.toContain('order_accuracy');
    expect(types('为什么没给我发票?为什么?')).toEqual(['price_billing']);
  });

  it('leaves order_accuracy to an item missing elsewhere', () => {
    expect(typesForReceiptNotGiven(order, '少送了一份米饭，也没给发票', ['少送'])).toEqual(order);
  });
});
