import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLossNotAnOrderError } from '../../shared/classify/loss-not-an-order-error.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ORDER = [{ type: 'order_accuracy', confidence: 0.6, phrases: [], problem: true }];
const ORDER_PHRASES = ['少了一份', '没给', '漏送'];
const kept = (text: string) => typesForLossNotAnOrderError(ORDER, text, ORDER_PHRASES).map((t) => t.type);

// The guide: order_accuracy is items missing from what was ordered or booked, not the hotel's count
// of its own things at checkout, nor the guest's things gone.
describe("the house saying its thing is missing, or the guest's things gone (退房说少了一条毛巾)", () => {
  it('is no order_accuracy', () => {
    expect(types('退房时说少了一条毛巾要赔五十')).not.toContain('order_accuracy');
    expect(kept('离店第二天酒店打电话说我房间少了个烟灰缸，要赔80')).toEqual([]);
    expect(kept('晚上回房发现箱子被翻过，少了一个钱包一副耳机')).toEqual([]);
  });

  it('keeps order_accuracy for an order short, or another item missing besides', () => {
    expect(kept('外卖少了一份米饭，商家说下次补')).toEqual(['order_accuracy']);
    expect(kept('退房时说少了条浴巾，而且早餐券也没给')).toEqual(['order_accuracy']);
  });
});

describe("an order short, told by the customer or counted in pieces (我说少了一瓶可乐, 鸡块少了三块)", () => {
  it('keeps order_accuracy', () => {
    expect(kept('老板回消息超快，我说少了一瓶可乐，不到二十分钟就补送过来了')).toEqual(['order_accuracy']);
    expect(kept('点了个全家桶，鸡块少了三块，薯条也是半盒')).toEqual(['order_accuracy']);
  });
});
