import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: dangerous premises and actual harm to health are urgent. An appliance smoking, bites from bugs in the bed
// (named only as 虫), a fall on a floor said to be slippery, a head struck on the floor and a purge that lasted half the
// night after eating are told that way; a wish to call the police, a dryer that only blows cold, a smoking barbecue,
// a slippery floor with no fall, a phone dropped on a wet floor and a late night with nothing eaten stay calm.
describe('an appliance smoking, bugs in the bed, a fall on a slippery floor, a head on the floor, a purge half the night', () => {
  it.each([
    ['吹风机用了两分钟就冒烟了 还有股焦味 前台说正常？？', 'danger to safety', '冒烟'],
    ['床上有虫 睡了一晚身上全是红点 痒了好几天', 'harm to health', '红点'],
    ['浴室地太滑了 也没防滑垫 我妈洗完澡直接摔了 腰到现在还疼', 'harm to health', '摔了'],
    ['餐厅的儿童椅是坏的 孩子坐上去就翻了 头磕地上哭了半天', 'harm to health', '头磕地'],
    ['外卖吃完一家三口全躺了 拉到半夜', 'harm to health', '拉到半夜'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '前台态度恶劣 想报警的心都有了',
    '吹风机坏了 吹不出热风',
    '烧烤摊一直冒烟 熏得衣服全是味 不过很好吃',
    '浴室有点滑 建议放个防滑垫 其他都挺好',
    '卫生间地太滑 手机掉地上摔了 屏幕碎了',
    '隔壁吵到半夜 头都要炸了',
    '床上有虫子 很脏 换了房',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
