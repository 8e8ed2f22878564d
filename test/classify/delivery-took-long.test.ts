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

  it('is delivery with the time hedged or stressed (送了整整一个小时, 送了将近五十分钟)', () => {
    expect(types('菜都是凉的 送了整整一个钟头')).toContain('delivery');
    expect(types('这单送了近一个小时 到手全凉了')).toContain('delivery');
    expect(types('外卖送了快五十分钟 早饭变午饭')).toContain('delivery');
    expect(types('外賣送了足足一個半小時 湯都涼透了')).toContain('delivery');
    expect(typesForDeliveryTookLong([], '送了差不多一个小时才到', DEFAULT_TYPES)).toEqual([expect.objectContaining({ type: 'delivery' })]);
    expect(typesForDeliveryTookLong([], '饭菜送了起码四十分钟', DEFAULT_TYPES)).toEqual([expect.objectContaining({ type: 'delivery' })]);
  });

  it('is none by this rule for a quick trip told with a hedge (送了不到二十分钟, 才送了差不多十分钟)', () => {
    expect(typesForDeliveryTookLong([], '外卖送了不到二十分钟，很快', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '才送了差不多十分钟就到了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeliveryTookLong([], '外卖送了大概二十分钟，还是热的', DEFAULT_TYPES)).toEqual([]);
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

  it('is delivery for the wait told with 等了 (forty minutes or more) or the order late by half an hour or more (迟了四十分钟), where the trip is named and nobody else', () => {
    for (const text of ['等了50分钟 说好的30分钟送达呢', '外卖等了一个多小时', '外卖迟了四十分钟', '骑手晚到了一个小时']) expect(typesForDeliveryTookLong([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['delivery']);
    for (const text of ['商家出餐慢 骑手等了四十分钟', '送餐上来把我的牛排换成了别人的意面，打电话过去说再做，又等了四十分钟', '外卖等了二十分钟', '等了一个小时 饭很好吃', '外卖迟了十分钟'])
      expect(typesForDeliveryTookLong([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  // Shoppers and takeaway customers tell the wait by the day or the clock it came on: the corpus labels these delivery.
  it('is delivery for the order that came only on a later day or clock hour (下单第四天才收到, 十二点下的单两点才收到), not money that came (才到账)', () => {
    for (const text of ['下单第四天才收到货', '十二点下的单，两点才收到', '凌晨两点下单三点才到']) expect(typesForDeliveryTookLong([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['delivery']);
    expect(typesForDeliveryTookLong([], '下单后退款，第三天才到账', DEFAULT_TYPES)).toEqual([]);
  });

  it('reads the trip not in time as delivery (而且送货不及时)', () => {
    expect(types('又不新鲜又小，而且送货不及时')).toContain('delivery');
  });
});

describe("the order's lateness told by the clock alone (12:05下单 预计12:40送达 实际13:25)", () => {
  it('is delivery: an hour or more from the order, or twenty minutes or more past the promised time', () => {
    expect(types('12:05下单 预计12:40送达 实际13:25')).toContain('delivery');
    expect(typesForDeliveryTookLong([], '11:10下单，12:15到的，饭都凉了', DEFAULT_TYPES).map((t) => t.type)).toEqual(['delivery']);
    expect(typesForDeliveryTookLong([], '下单后显示预计12:00送达，12:25送到', DEFAULT_TYPES).map((t) => t.type)).toEqual(['delivery']);
  });

  it('is none by this rule for a quick order, opening hours, or the kitchen still at it', () => {
    for (const text of ['11:30下的单，12:10就到了，很快', '营业时间10:00-22:00，点了两次都不错', '下单后显示预计12:10送达 12:50了还在 商家备餐中', '点的12:00的单 12:20送到 满意'])
      expect(typesForDeliveryTookLong([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

describe('clock times with the ordering told elsewhere (黑霉点了)', () => {
  it('are none by the clock rule', () => {
    expect(typesForDeliveryTookLong([], '到货看似很新鲜，放了几小时（上午11:00前到，下午16:00吃），居然就有黑霉点了', DEFAULT_TYPES)).toEqual([]);
  });
});
