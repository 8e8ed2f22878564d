import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health and dangerous premises are urgent. A fall on the bottom after the floor was said to be slippery
// (地砖又滑 我爸一屁股坐地上), a railing said low by any degree (阳台栏杆很低), bumps rising on the skin after eating (吃了两口粥 …
// 起了好多小疙瘩) are told that way; sitting down tired, a railing praised as sturdy and goose bumps from a film stay calm.
describe('a fall on the bottom on a slippery floor, a low railing, bumps on the skin after eating', () => {
  it.each([
    ['卫生间没有扶手 地砖又滑 我爸一屁股坐地上 到现在走路都疼', 'harm to health', '一屁股坐'],
    ['阳台栏杆很低 小孩一爬就上去了 太吓人了', 'danger to safety', '栏杆很低'],
    ['宝宝吃了两口粥 嘴巴周围全红了 起了好多小疙瘩', 'harm to health', '疙瘩'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '逛了一天累得一屁股坐在沙发上 房间还挺舒服',
    '阳台栏杆很结实 视野很好',
    '房间电视看恐怖片 看得起了一身鸡皮疙瘩 哈哈',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
