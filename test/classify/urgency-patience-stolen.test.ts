import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: theft is urgent, a figure of speech is not. Patience, a heart or a stomach "stolen" (我的耐心都被偷走了,
// 胃被这家偷了) is a way of saying how long the wait was or how good the food; a phone stolen is still theft.
describe('patience or a stomach stolen as a figure of speech', () => {
  it.each([
    '等了一个小时 我的耐心都被偷走了',
    '这家烤鱼太香了 我的胃被偷了',
    '老板娘太会做菜 偷了我的心',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));

  it.each([['放在房间的手机被偷了 前台说不管', 'theft', '被偷']])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));
});
