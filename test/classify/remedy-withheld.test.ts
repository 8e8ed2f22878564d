import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemedyWithheld } from '../../shared/classify/remedy-withheld.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['after_sales', 'order_accuracy'];

describe('money owed the customer not paid (赔付也没给, 退款还没到账)', () => {
  it('is after_sales', () => {
    expect(types('外卖超时了，准时宝赔付也没给')).toContain('after_sales');
    expect(types('说好的赔付，到现在一分钱没见到')).toContain('after_sales');
  });

  it('is none by this rule for a voucher of the booking, a remedy paid, or a denial in another sentence', () => {
    expect(typesForRemedyWithheld([], '含早的订单，早餐券没给我', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '超时了，平台很快赔付了，没说的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '退款很快到账。就是菜没放辣', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRemedyWithheld([], '退款还没到账', ['order_accuracy'])).toEqual([]);
  });
});
