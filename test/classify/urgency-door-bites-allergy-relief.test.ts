import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: personal-safety incidents and harm to health are urgent; a condition named or an itch from mosquitoes is not.
describe('a stranger at the door handle, bites told from the body, relief after treatment, an allergy as a condition', () => {
  it.each([
    ['凌晨有人一直拧我房门，前台电话打不通', 'personal-safety', '拧我房门'],
    ['有人在拧门，我一个人住吓得不敢出声', 'personal-safety', '有人在拧门'],
    ['床上有跳蚤，全身被咬得全是红点', 'harm to health', '全身被咬'],
    ['床單有蟲，身上被咬咗好多粒，癢到睡唔著', 'harm to health', '身上被咬'],
    ['吃完烤鱼嘴巴周围肿起来了，吃了抗过敏药才好点', 'harm to health', '肿起来'],
    ['喝了他家的奶茶就开始吐，吃了药才缓过来', 'harm to health', '开始吐'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '如果有坚果请写清楚，还好这次没有，我家孩子花生过敏',
    '老公海鲜过敏，备注了不要虾，商家很细心照做了',
    '身上被蚊子咬了好几个包，房间记得放蚊香',
    '门把手有点松，拧了好几次才打开',
    '这家店才好吃，之前那家太一般了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
