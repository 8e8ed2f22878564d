import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health and personal-safety incidents are urgent, and a compensation demand only when it is an angry one.
// A foot struck with 了 between (砸到了脚), a whole table purged (两个人都拉了), someone walking in on the guest (有人直接推门进来了)
// are told that way; a demand the customer says was met and settled for (客服给了张券 还行吧), housekeeping coming in to clean
// and a demand still refused stay as they are.
describe('a foot struck, a table purged, someone walking in, a compensation demand settled', () => {
  it.each([
    ['孩子在大堂玩 被没固定的展示架砸到了脚 肿了', 'harm to health', '砸到了脚'],
    ['两个人吃的 两个人都拉了 肯定是那个凉拌菜有问题', 'harm to health', '都拉了'],
    ['门锁是坏的 半夜有人直接推门进来了 吓死', 'personal-safety incident', '推门进来'],
    ['等了两个小时饭全洒了，我要求赔偿，你们这是什么垃圾服务', 'compensation', '要求赔偿'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '晚了40分钟 我跟客服说要赔偿 客服给了张券 还行吧',
    '早上九点有人敲门进来打扫 有点早',
    '行李都拉了过来 房间太小放不下',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
