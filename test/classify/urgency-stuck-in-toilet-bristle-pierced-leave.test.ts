import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, a foreign object in food and an injury are urgent; a tyre punctured in the car
// park, a toothbrush shedding and leave taken for a trip are not.
describe('stuck in the toilet after eating, a grill brush bristle in the skewer, a foot pierced, the whole office on leave', () => {
  it.each([
    ['吃了他家的凉拌木耳 第二天上午一直在厕所出不来', 'harm to health', '厕所出不来'],
    ['烤串里有根细细的金属刷毛 卡在牙缝里抠了半天', 'foreign object', '刷毛'],
    ['房间的阳台门推拉的时候玻璃整块掉下来了 幸好没砸到人 但是碎了一地 孩子脚被扎破了', 'harm to health', '脚被扎'],
    ['这店的烤肉有问题 吃了的同事第二天全请假了', 'harm to health', '全请假'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '酒店停车场有钉子 轮胎被扎破了 前台说不负责',
    '牙刷的刷毛一刷就掉 太劣质了',
    '我们全部请假出来玩 酒店位置很好',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
