import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: an allergic reaction and dangerous premises are urgent. Scratching that will not stop after a bite of
// something (吃了一口蛋糕 … 一直挠) and a kettle that trips the power and smells of burnt rubber are told that way; a face
// flushed by drink, a cat scratching at the door, a kitchen's burnt smell stay calm.
describe('scratching after eating, a kettle that trips the power and smells burnt', () => {
  it.each([
    ['女儿吃了一口蛋糕 脸就红了 一直挠', 'harm to health', '一直挠'],
    ['烧水壶一插电就跳闸 闻到一股胶皮烧焦的味', 'danger to safety', '烧焦'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '喝了两杯脸就红了 酒量太差 酒吧氛围不错',
    '民宿的猫晚上一直挠门 好可爱',
    '楼下餐厅跳闸了好几次 厨房一股烧焦味',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
