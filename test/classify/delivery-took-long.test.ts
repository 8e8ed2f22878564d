import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForDeliveryTookLong } from '../../shared/classify/delivery-took-long.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness'];

describe('an order told to have taken long to come after a promise (说马上送，过了一个小时才送来)', () => {
  it('is delivery', () => {
    expect(types('说马上就送到，结果一个小时才送来')).toContain('delivery');
    expect(types('说好半小时送达，一个小时后才送来')).toContain('delivery');
    expect(types('骑手说马上到 又等了半小时才来')).toEqual(['delivery']);
    expect(types('外卖一个钟头才收到')).toContain('delivery');
    expect(types('饭菜温温的 送了五十多分钟')).toContain('delivery');
    expect(types('点的外卖送了一个小时不说，还少了一份米饭')).toContain('delivery');
  });

  it("is none by this rule for a hotel's room service, a trip of one's own or a taxonomy without the type", () => {
    expect(typesForDeliveryTookLong([], '打了三次电话要牙刷，一个小时后才送来', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '团建选的这家农家乐，坐大巴一个半小时才到', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '外卖一个小时才送来', ['responsiveness'])).toEqual([]);
    expect(typesForDeliveryTookLong([], '点的菜四十分钟才来', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '外卖才送了二十分钟', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '外卖送了二十分钟，挺快', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '漏了一杯奶茶，联系后说补送，补送了两个小时还没来', DEFAULT_TYPES)).toEqual([]);
  });
});
