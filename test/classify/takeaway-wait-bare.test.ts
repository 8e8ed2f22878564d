import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForHoursWaitedBare, typesForTakeawayWaitBare } from '../../shared/classify/takeaway-wait-bare.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const both = [
  { type: 'delivery', confidence: 0.8, phrases: ['等了'], problem: true },
  { type: 'responsiveness', confidence: 0.6, phrases: ['等了'], problem: true },
];

// The guide: slow delivery is delivery (等了两个小时); responsiveness is the business's own slowness.
describe("a takeaway's wait of hours with nobody named", () => {
  it('is delivery, not responsiveness', () => {
    for (const text of ['点个外卖等了两个多小时，中午的饭晚上才吃上，饿得前胸贴后背', '點個外賣等了兩個多小時，午飯變晚飯，餓到胃疼']) {
      expect(types(text), text).toContain('delivery');
      expect(types(text), text).not.toContain('responsiveness');
    }
    expect(typesForTakeawayWaitBare(both, '叫的外卖等了快一个钟头还没送到，饭都不想吃了').map((t) => t.type)).toEqual(['delivery']);
    expect(typesForTakeawayWaitBare(both, '骑手一直不来，等了足足1个半小时').map((t) => t.type)).toEqual(['delivery']);
    expect(typesForTakeawayWaitBare(both, '外卖等了半小时，饭都凉了').map((t) => t.type)).toEqual(['delivery']);
  });

  it('keeps responsiveness when the shop, its kitchen or a counter is named, or no takeaway is named', () => {
    for (const text of [
      '外卖等了一个小时，商家一直显示备餐中，骑手在店里干等',
      '下单后等了一个小时还没出餐，骑手都催了好几次',
      '少送的饮料说给补送，等了一个小时也没送来',
      '外卖送到前台，前台等了一个小时才通知我',
      '点了个鱼，服务员说二十分钟，结果等了一个小时才上菜',
      '打了三次电话叫人来修空调，等了一个多小时',
    ])
      expect(typesForTakeawayWaitBare(both, text), text).toEqual(both);
  });
});

describe('the trip itself said slow, nobody else named (送餐越来越慢了)', () => {
  it('is delivery, not responsiveness', () => {
    expect(typesForTakeawayWaitBare(both, '送餐越来越慢了 以前半小时到现在要一个多小时').map((t) => t.type)).toEqual(['delivery']);
    expect(typesForTakeawayWaitBare(both, '配送太慢了，饭都凉了').map((t) => t.type)).toEqual(['delivery']);
  });
  it('keeps responsiveness when the shop is named', () => {
    expect(typesForTakeawayWaitBare(both, '商家出餐慢，送餐也慢').map((t) => t.type)).toEqual(['delivery', 'responsiveness']);
  });
});

describe('an hour or more told bare (一个半小时 服了)', () => {
  it('is delivery', () => {
    for (const text of ['两个小时！！！两个小时！！！', '等了两个小时，饿死了', '一个半小时 服了', '一小时才到 小龙虾少了一盒']) {
      expect(types(text), text).toContain('delivery');
    }
  });

  it('is none where the hour is spent at the shop, on a ride, on a repair or charging, or is said worth it', () => {
    for (const text of ['等了一个小时，但是值得！这家的烤鱼真的是全城最好吃', '坐大巴一个半小时才到', '报修后等了一个多小时', '一个小时充了百分之一的电', '店里等了一个小时']) {
      expect(typesForHoursWaitedBare([], text, ['delivery'])).toEqual([]);
    }
  });
});

describe('a wait of an hour told as the food come, or the trip said slow with 送得 (太慢了 一个半小时才到)', () => {
  it('is delivery, not responsiveness', () => {
    for (const text of ['太太太慢了 一个半小时才到 饭都凉透了', '味道很好，就是送得有点慢，等了快一个小时，不过饭还是热的']) {
      expect(typesForTakeawayWaitBare(both, text).map((t) => t.type), text).toEqual(['delivery']);
    }
  });
});

describe('hours told as 个钟 (等了快两个钟)', () => {
  it('is delivery', () => {
    expect(types('等了快两个钟，我还以为被取消了')).toContain('delivery');
    expect(types('米线分量很足汤也够，就是等了快一个钟')).toContain('delivery');
  });
});
