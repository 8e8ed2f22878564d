import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating (呕吐, 头晕) is urgent. Nausea setting in or the head going light after a drink or a dish,
// told with 也 or as it begins ("喝了半杯就开始恶心", "头也晕"), is the same harm; with nothing eaten before, a stuffy room or a ride stays calm.
describe('nausea setting in and a light head after a drink or a dish', () => {
  it.each([
    ['豆浆喝着有股怪味 喝了半杯就开始恶心想吐 头也晕', 'harm to health', '开始恶心'],
    ['牛肉吃着有点怪 吃完半小时头也晕 手也抖', 'harm to health', '头也晕'],
    ['喝了两口果汁就开始恶心 赶紧吐掉了', 'harm to health', '开始恶心'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '房间没窗户闷得很 待了一会儿头也晕',
    '看到这个包装就开始恶心 不过味道还行',
    '坐了三个小时车到酒店 头也晕 前台还让等',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
