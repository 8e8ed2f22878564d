import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, dangerous premises and personal-safety incidents are urgent; a toilet far away, a lighter,
// a pool praised and a call the guest did not want are not.
describe('toilet trips by any name, 风疹, a fall that broke a bone, wires sparking, a near-drowning, a door kicked, harassing texts', () => {
  it.each([
    ['喝了他家的杨枝甘露，整个晚上跑了好几趟卫生间', 'harm to health', '跑了好几趟卫生间'],
    ['吃完烤肉一晚上都在跑洗手间', 'harm to health', '跑洗手间'],
    ['小龙虾吃完手上脸上起了一片一片的风疹', 'harm to health', '风疹'],
    ['樓梯間的燈不亮，我老公摸黑下樓摔斷了手腕', 'harm to health', '摔断'],
    ['房间地毯下面的电线打火，闻到焦味', 'danger to safety', '电线打火'],
    ['泳池没有救生员，有个小孩差点溺水', 'danger to safety', '溺水'],
    ['半夜隔壁醉酒的男人一直踹我们房门，保安半小时才来', 'personal-safety', '踹我们房门'],
    ['送餐员拿到我的电话后一直给我发骚扰短信', 'personal-safety', '给我发骚扰'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // The toilet far from the room, a lighter asked for, a pool praised, the hotel's own spam.
    '房间没有独立卫生间，晚上跑卫生间很不方便',
    '前台可以借打火机，抽烟的朋友注意',
    '泳池很干净，有救生员在，孩子玩得很开心',
    '入住后收到酒店的推销短信，有点烦',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
