import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, dangerous premises and personal-safety incidents are urgent. A slip told after the praise
// turns (總體還不錯…但是…滑倒), the back of the head struck (後腦勺撞到洗手台), a wire smelling burnt (电线烧糊的味道), gas told
// as rotten eggs (臭鸡蛋味…天然气), a man knocking at the guest's door at night are told that way; a slip feared after praise,
// a drain smelling of rotten eggs, a friend knocking stay calm.
describe('a slip after praise, the back of the head struck, a burnt wire, gas as rotten eggs, a man knocking', () => {
  it.each([
    ['總體來說還不錯 地點方便 但是浴室的地板超級滑 我女兒洗完澡出來整個人滑倒 希望酒店重視', 'harm to health', '滑倒'],
    ['浴室没有防滑垫 后脑勺撞到洗手台 肿了一个包', 'harm to health', '后脑勺撞'],
    ['房间空调一开就有股电线烧糊的味道 吓得我们赶紧关了', 'danger to safety', '烧糊'],
    ['进门就闻到一股臭鸡蛋味 前台说是天然气管道的问题', 'danger to safety', '臭鸡蛋味'],
    ['半夜有个男的一直敲我门 还叫我名字 前台说不知道', 'personal-safety incident', '敲我门'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '總體來說還不錯 地點方便 但是浴室的地板有點滑 老人要小心滑倒',
    '卫生间地漏一股臭鸡蛋味 熏死了',
    '朋友住隔壁 早上来敲我门叫我吃早饭 酒店早餐不错',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
