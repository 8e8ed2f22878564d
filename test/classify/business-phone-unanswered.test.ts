import { describe, expect, it } from 'vitest';
import { typesForBusinessPhoneUnanswered } from '../../shared/classify/business-phone-unanswered.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['responsiveness', 'delivery', 'order_accuracy'];

describe("the business's phone unanswered", () => {
  it('is responsiveness beside the fault that made the customer call', () => {
    expect(types('少送了一份鸡腿，打商家电话不接')).toEqual(['order_accuracy', 'responsiveness']);
    expect(types('漏了一杯奶茶，给店家打电话一直不接')).toContain('responsiveness');
  });

  it("is none by this rule for the rider's phone, a missed call of the customer's, or an order not accepted", () => {
    expect(typesForBusinessPhoneUnanswered([], '超时四十分钟，打骑手电话不接', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBusinessPhoneUnanswered([], '商家的电话我没接到，后来回过去说好了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBusinessPhoneUnanswered([], '商家半天不接单', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForBusinessPhoneUnanswered([], '打商家电话不接', ['delivery'])).toEqual([]);
  });
});
