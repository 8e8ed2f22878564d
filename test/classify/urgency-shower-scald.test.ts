import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: an injury is urgent. A scald told bare after the water that did it ("洗澡水忽冷忽热烫到了") names no limb;
// 烫到 with no water before it is the food's heat or a phone's.
describe('a scald told bare after the shower water', () => {
  it.each([
    ['洗澡水忽冷忽热烫到了', 'harm to health', '烫到了'],
    ['淋浴的水温调不了 一下子特别烫 烫到了', 'harm to health', '烫到了'],
    ['热水器出来的水直接烫到了 前台也不管', 'harm to health', '烫到了'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '刚送到的汤太烫了 差点烫到了',
    '麻辣烫到了 还挺好吃',
    '手机充电烫到了不敢拿',
    '洗澡水很热 没有烫到',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
