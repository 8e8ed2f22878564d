import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

// Support messages read with a lean they do not have (measure-s33-zh-support: 25 of its 60 neutral messages read neutral, now 42).
it.each([
  '您好，我们明天下午两点左右到，可以提前入住吗？如果不行的话能先寄存行李吗',
  '你好 下周三晚上能订个靠窗的两人位吗 想跟女朋友过个纪念日',
  '亲 我们是个20人的旅行团 想订下个月15号到17号的房间 有团队价吗',
  '请问住店积分一般多久到账？会员号8800231546',
  '您好，请问店里可以用消费券吗？就是政府发的那种',
  '订单号HT20250412003，行程有变需要取消明天的预订，请问现在取消是免费的吗',
  '我是1508的 能不能再送两瓶矿泉水和一双拖鞋上来',
])('%s: a question or request addressed to the business, naming no problem → neutral, no type', (text) => {
  expect(verdict(text)).toEqual({ sentiment: 'neutral', types: [] });
});

it.each([
  ['你好，外卖等了一个小时还没到，能帮忙催一下吗', 'negative'],
  ['请问你们家的酸辣粉是用醋兑的盐水吗？咸到我喝了两瓶矿泉水', 'negative'],
  ['你好，想问一下你们家怎么这么好吃？太棒了，超级满意，下次还来', 'positive'],
])('%s: a problem or a verdict told with the question keeps its sentiment (%s)', (text, sentiment) => {
  expect(verdict(text).sentiment).toBe(sentiment);
});
