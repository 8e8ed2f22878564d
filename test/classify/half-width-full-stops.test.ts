import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

// Reviews typed on a half-width keyboard end their sentences with "." or trail off with "..." (NFKC also makes "…" three
// dots); the rules that read a sentence or a clause on its own knew only 。, so "四星." was no rating and "跟档次不匹配."
// ran on into the next sentence. 12 of these 40 readings differed from the same review written with 。 before.
const reviews = [
  '房间景色很好，晚上能看到江景。但是门童态度有点差，叫车的时候爱答不理。跟酒店的档次不太匹配。四星。',
  '房间很大很新，床垫很舒服，每天都有人打扫。就是性价比稍低，隔壁同档次的酒店比这里便宜八十左右。四星吧。',
  '中规中矩吧，谈不上好也谈不上差。房间还算干净，但空调声音很大，要个枕头等了四十分钟。下次应该不会住了。',
  '烤鱼很好吃，鱼肉嫩，配菜也入味。就是那个男服务员上菜的时候脸很臭，问他要纸巾也不理人。鱼是真的好吃，还会再来。',
  '面条劲道，汤头浓郁，牛肉给得也多。就是店里太挤了，排队排了二十分钟。总体还是满意的。',
  '外卖送得很快，包装也严实。米饭有点硬，青菜偏咸。下次换一家试试。',
  '酒店位置不错，离地铁近。房间隔音太差了，隔壁说话听得一清二楚，一晚上没睡好。早餐种类少。不推荐。',
  '客服态度很好，耐心解答问题。但是退款申请提交五天了还没到账。希望尽快处理。',
  '环境优雅，菜品精致。服务员很热情，主动帮忙拍照。唯一的缺点是停车不方便。',
  '点的是微辣，送来的是特辣，根本没法吃。打电话给商家，商家说厨师看错了。给个差评。',
];

it.each(reviews.flatMap((review) => ['.', '...', '…', '……'].map((stop) => [review, review.replaceAll('。', stop)])))(
  '%s reads the same as %s',
  (fullStops, halfWidth) => {
    expect(verdict(halfWidth)).toEqual(verdict(fullStops));
  },
);

it('keeps decimals and English dots as they are', () => {
  expect(verdict('鸡排饭才12.5元，分量很足，很划算').sentiment).toBe('positive');
  expect(verdict('在 app.example.com 上下单一直失败，付款页面打不开').types).toContain('digital_experience');
});
