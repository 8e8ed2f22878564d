import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: injuries, harm after eating, foreign objects, bites and personal-safety incidents are urgent.
describe('an accident (不小心), blood and broken skin told loosely, a stranger following, a bite counted as one, queasiness after eating', () => {
  it.each([
    ['儿子不小心碰到没罩的暖气片，手臂烫伤了', 'harm to health', '烫伤'],
    ['马桶圈是裂的，一坐下去夹破了屁股', 'harm to health', '夹破'],
    ['柜门的角太锋利，我儿子的头撞破了，流了不少血', 'harm to health', '流了不少血'],
    ['停电摸黑走，撞到门框，额头破了一块', 'harm to health', '头破了'],
    ['一个陌生男的在电梯里一直跟着我到房门口，前台不管', 'personal-safety', '跟着我'],
    ['有个陌生人一路跟到我房间门口，吓死我了', 'personal-safety', '跟到'],
    ['床上有虫，我被咬了一个大包，现在还红肿', 'harm to health', '咬了一个大包'],
    ['粥里捞出一条蚯蚓，我已经喝了小半碗', 'foreign object', '蚯蚓'],
    ['喝完他家的豆浆，整个下午一直反胃', 'harm to health', '一直反胃'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '小心地滑，浴室的地有点滑，提醒大家',
    '蚊子太多，腿上被咬了一个大包',
    '行李箱撞破了一个角，快递太粗暴',
    '朋友跟着我到酒店，陌生的城市有人陪挺好',
    '看着就反胃，直接扔了没吃',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
