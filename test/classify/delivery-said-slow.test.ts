import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForDeliverySaidSlow } from '../../shared/classify/delivery-said-slow.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness'];

describe('the trip said slow beside a remark on the food (味道一般，送餐太慢)', () => {
  it('is delivery', () => {
    expect(types('味道一般，送餐太慢')).toContain('delivery');
    expect(types('不好吃，送的又慢')).toContain('delivery');
    expect(types('鸭血粉丝汤 粉丝都泡发了 一坨一坨的 汤也没几口了 估计送太久了')).toContain('delivery');
  });

  it("is none by this rule for a quick trip, others' word, the kitchen named or a hotel's room service", () => {
    expect(typesForDeliverySaidSlow([], '菜炒得一般，送得不慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '评论区说送餐慢，我这次倒是挺快的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '这次送得有点慢，骑手说店里单太多', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '酒店的客房送餐太慢了', DEFAULT_TYPES)).toEqual([]);
  });

  it("is delivery for a bare 慢 after praise of the food's taste, the trip unsaid", () => {
    for (const text of ['味道可以就是有点慢', '好吃 可惜慢了点', '口味不错 就是太慢了']) expect(types(text), text).toContain('delivery');
  });

  it('is none by this rule for a bare 慢 at a hotel desk or a table, or with no food praised', () => {
    expect(typesForDeliverySaidSlow([], '人倒是客气，就是慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '菜好吃 就是店里人多有点慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '房间不错 就是有点慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '味道不错 就是慢慢吃才发现有骨头', DEFAULT_TYPES)).toEqual([]);
  });

  it('is delivery for a bare 慢 after a lukewarm verdict, or as a clause of its own in a takeaway list of faults', () => {
    for (const text of ['还可以吧 就是有点慢', '还行，就是慢了点', '难吃 贵 慢', '菜都凉了，慢死了']) expect(types(text), text).toContain('delivery');
  });

  it('is none by this rule for a bare 慢 with a room named, or a shopper\'s list with no food', () => {
    expect(typesForDeliverySaidSlow([], '房间还可以，就是有点慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliverySaidSlow([], '不好,慢,死机,我都不想说什么了', DEFAULT_TYPES)).toEqual([]);
  });

  it("is delivery for the trip's time said long, the trip said to have taken long, or late as the platforms say it", () => {
    for (const text of ['送餐时间太长了', '好吃，但是送餐时间太长了', '东西很好吃 配送时间长了点', '好吃，但是送了好久', '每次都超时', '好吃，就是超时了']) expect(types(text), text).toContain('delivery');
  });

  it('is none by this rule for 超时 denied, of a network or the customer, a fee or a policy, or 超市 mistyped', () => {
    for (const text of ['点了三次没一次超时 包装也不敷衍', '差点超时', '支付的时候一直显示网络超时', '平台判定是我超时 不予处理', '钟点房超时按半天收', '超时赔付从现金变成了券', '比在超时买的要稀很多', '送餐时间很快'])
      expect(typesForDeliverySaidSlow([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForDeliverySaidSlow([], '送餐太慢', ['responsiveness'])).toEqual([]);
  });
});
