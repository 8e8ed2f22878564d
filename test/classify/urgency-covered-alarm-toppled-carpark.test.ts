import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: dangerous premises, theft and media exposure are urgent; the hotel fining the guest over the alarm is not a danger found.
describe('an alarm covered, furniture toppling, a car broken into, the whole internet told', () => {
  it.each([
    ['进门就看到烟雾报警器被胶带缠着堵住了，一直没人处理', 'danger to safety', '烟雾报警器'],
    ['衣柜门一拉整个柜子就倒了下来', 'danger to safety', '柜子'],
    ['电视机突然翻倒，孩子吓得大哭', 'danger to safety', '电视机'],
    ['停在酒店地下车库，第二天车窗被砸，电脑没了', 'personal-safety', '车窗被砸'],
    ['不赔钱的话我就发帖让全网都知道', 'media', '全网'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '退房时前台说烟感被我们用袋子包住了，要罚款两百，太离谱了',
    '书架上的书倒了下来，整理一下就好',
    '停车场很大，车位好找',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
