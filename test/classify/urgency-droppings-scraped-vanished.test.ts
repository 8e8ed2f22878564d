import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: a foreign object in food, an injury and theft are urgent; a scratch on the car and a coupon that vanished are not.
describe('a closer look that finds it everywhere, a leg scraped till it bled, a laptop vanished from the room', () => {
  it.each([
    ['粥里面一粒一粒黑色的 仔细一看全是老鼠屎', 'foreign object', '老鼠'],
    ['我出去吃个饭回来 房间里的笔记本电脑不翼而飞 酒店说没有监控', 'theft', '不翼而飞'],
    ['滑梯有颗螺丝露出来，孩子的腿刮了一道血印子，太差了', 'harm to health', '血印子'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '停车场太窄 车被刮伤了 差评',
    '下单时的优惠券不翼而飞 客服也不管',
    '菜单一看全是辣的 我不能吃辣',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
