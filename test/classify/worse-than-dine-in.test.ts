import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWorseThanDineIn } from '../../shared/classify/worse-than-dine-in.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'delivery'];
const added = (text: string) => typesForWorseThanDineIn([], text, DEFAULT_TYPES).map((t) => t.type);

describe('the takeaway said worse than eating at the shop (比店里吃的差远了)', () => {
  it('is product_quality', () => {
    expect(types('点了外卖 比店里吃的差远了')).toEqual(['product_quality']);
    expect(types('外卖没有店里好吃 失望')).toEqual(['product_quality']);
    expect(types('和店里吃的完全两个味道')).toEqual(['product_quality']);
    expect(types('外賣比店裡吃的差很多')).toEqual(['product_quality']);
    expect(added('外卖味道不如堂食')).toEqual(['product_quality']);
  });

  it('is none by this rule for the same as at the shop, the price, a comparison denied or asked, or advice to eat in', () => {
    expect(added('跟店里吃的一样好吃')).toEqual([]);
    expect(added('比店里吃还方便')).toEqual([]);
    expect(added('外卖比店里贵了三块')).toEqual([]);
    expect(added('外卖不比店里差 很好吃')).toEqual([]);
    expect(added('不知道会不会没有店里好吃？')).toEqual([]);
    expect(added('送到都凉了 还不如在店里吃')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForWorseThanDineIn([], '比店里吃的差远了', ['delivery'])).toEqual([]);
  });
});

describe('eating at the shop wished instead (还不如去店里吃)', () => {
  it('leaves the trip its delivery: the customer did not eat there', () => {
    expect(types('汤洒了一半 不如店里吃')).toEqual(['delivery']);
    expect(types('等了一个半小时 饭都凉了 以后还是去店里吃吧')).toContain('delivery');
  });

  it('does not make a wait at the table delivery', () => {
    expect(types('服务员上菜太慢 等了一个小时')).not.toContain('delivery');
  });
});
