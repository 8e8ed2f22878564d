import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPromisedSoon } from '../../shared/classify/promised-soon.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const found = (...names: string[]) => names.map((type) => ({ type, confidence: 0.6, phrases: [], problem: false }));

describe('the shop or rider promising the order comes soon (商家说马上送), then the trip', () => {
  it('is the delivery, no responsiveness and no order_accuracy', () => {
    expect(types('商家说马上送，结果等了一个小时才到')).toEqual(['delivery']);
    expect(types('说马上送，过了一个小时才送来')).toEqual(['delivery']);
  });

  it('stays responsiveness when the customer also waited on the business', () => {
    expect(types('问了商家说马上送，过了四十分钟还没到，打电话又不接')).toContain('responsiveness');
    expect(typesForPromisedSoon(found('delivery', 'responsiveness'), '商家半小时没接单，接了说马上送', [])).toEqual(found('delivery', 'responsiveness'));
  });

  it('stays order_accuracy when an item is missing besides the promise', () => {
    expect(typesForPromisedSoon(found('delivery', 'order_accuracy'), '说马上送，到了还少送了一份米饭', ['少送'])).toEqual(found('delivery', 'order_accuracy'));
  });

  it("leaves a stay's room service, whose wait the corpus labels responsiveness", () => {
    expect(typesForPromisedSoon(found('delivery', 'responsiveness'), '前台说马上送，四十分钟后才送上来', [])).toEqual(found('delivery', 'responsiveness'));
  });
});
