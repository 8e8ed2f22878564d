import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRefundWaitedOn } from '../../shared/classify/refund-waited-on.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const BOTH = [
  { type: 'after_sales', confidence: 0.9, phrases: ['退款'], problem: true },
  { type: 'responsiveness', confidence: 0.7, phrases: ['没人处理'], problem: true },
];
const SLOW = ['没人处理', '没人理', '不回复', '没回复', '没人接'];
const byRule = (text: string) => typesForRefundWaitedOn(BOTH, text, SLOW).map((t) => t.type);

describe('a refund left waiting (退款申请三天了没人处理)', () => {
  it('is after_sales, not responsiveness', () => {
    for (const text of ['退款申请两天了都没人处理', '申请退款五天了还没处理，问就是让我再等等', '退款申請三天了沒人處理', '退款申请了一周了还没到账，联系客服就是机器人回复，一点用没有', '申请退款五天了 客服永远是自動回覆 根本没人管', '退款申请十天了，找客服只有机器人回复，钱还是没退回来']) {
      expect(types(text), text).toContain('after_sales');
      expect(types(text), text).not.toContain('responsiveness');
    }
  });

  it('keeps responsiveness when the business was slow at something else too', () => {
    expect(byRule('退款申请了两天没人处理，打商家电话也没人接')).toContain('responsiveness');
    expect(byRule('商家接单就用了半小时。退款到现在没人处理')).toContain('responsiveness');
    expect(byRule('留言没人理。退款倒是很快到账了')).toContain('responsiveness');
    expect(byRule('一直显示商家备餐中，最后商家取消了。退款也两天了没人处理')).toContain('responsiveness');
    expect(byRule('投诉了三天没人理，退款也没人处理')).toContain('responsiveness');
    expect(byRule('退款三天没到账，客服也不回复')).toContain('responsiveness');
    expect(byRule('退款等了两天，客服一直没有回复')).toContain('responsiveness');
  });

  it('leaves a message without a refund alone', () => {
    expect(byRule('售后半天了也没人理')).toEqual(['after_sales', 'responsiveness']);
  });
});

// A refund slow to arrive is after_sales; 还没到 of a refund is no order on its way.
describe('a refund slow to arrive', () => {
  it('is no delivery', () => {
    const got = types('退款慢死了，申请了四天还没到');
    expect(got).toContain('after_sales');
    expect(got).not.toContain('delivery');
  });

  it('leaves delivery to an order said late', () => {
    expect(types('外卖等了两个小时还没到，申请退款也不给退')).toContain('delivery');
    expect(types('快一个月 衣服还没到 还不退钱 呵呵')).toContain('delivery');
  });
});
