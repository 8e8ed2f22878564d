import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, an injury and bed-bug bites (harm from the stay) are urgent; mosquitoes are the room's
// environment, a rat darting past is a pest and a suitcase knocked about is the goods.
describe('diarrhoea as 窜 right after eating, bites counted with bed bugs named past the mosquitoes, the back of the head knocked', () => {
  it.each([
    ['吃完就窜了 一晚上没睡', 'harm to health', '吃完就窜'],
    ['这家凉面吃了就窜 别点', 'harm to health', '吃了就窜'],
    ['昨天点的酸辣粉 我窜了一晚上', 'harm to health', '我窜了一'],
    ['蚊子多就算了 床上还有臭虫 腿上被叮得全是包', 'harm to health', '全是包'],
    ['凳子腿断了 我爸坐下去直接摔地上 后脑勺磕了个包', 'harm to health', '后脑勺磕'],
    ['孩子在大堂跑 撞到玻璃门上 额头磕了个包', 'harm to health', '磕了个包'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '蚊子太多了 腿上全是包 床倒是挺干净',
    '吃饭的时候一只老鼠窜了一晚上 吵死了',
    '房间有蚊虫 咬得全是包',
    '行李箱被磕了个坑',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
