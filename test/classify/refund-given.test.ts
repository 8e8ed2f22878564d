import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { typesForRefundGiven } from '../../shared/classify/refund-given.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const HANDLING: ComplaintTypeScore[] = [{ type: 'after_sales', confidence: 0.6, phrases: ['退款'], problem: true }];
const kept = (text: string) => typesForRefundGiven(HANDLING, text).map((t) => t.type);

describe('a refund given at once (商家马上退款了)', () => {
  it('is no after_sales; the missing item keeps its order_accuracy', () => {
    expect(types('少了个饮料 商家马上退款了 好评')).toEqual(['order_accuracy']);
    expect(types('申请退款秒退')).toEqual([]);
    expect(kept('鸡排漏送了 老板第一时间给我退了钱')).toEqual([]);
    expect(kept('送错了 客服退款也很快')).toEqual([]);
  });

  it('keeps after_sales for a refund partial, refused, not prompt, only wished, or a complaint unheeded after it', () => {
    expect(kept('商家马上退款了 但是只退了一半')).toEqual(['after_sales']);
    expect(kept('没有马上退款 等了三天')).toEqual(['after_sales']);
    expect(kept('希望商家及时退款')).toEqual(['after_sales']);
    expect(kept('退款很快 可是投诉没人管')).toEqual(['after_sales']);
    expect(kept('菜里有头发 要求退款 商家拒绝')).toEqual(['after_sales']);
  });
});
