import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, an injury and violence against the customer are urgent.
describe('the belly as 腹 or Cantonese 肚, a clinic after eating, a shove and the bruise it leaves', () => {
  it.each([
    ['点的冒菜，吃了以后腹痛难忍，半夜都没睡', 'harm to health', '腹痛'],
    ['吃完他家的酸菜鱼腹痛一整晚', 'harm to health', '腹痛'],
    ['食完佢哋啲燒鵝，成晚肚痛到瞓唔著', 'harm to health', '肚痛'],
    ['吃了这家的凉面，嗓子又痒又肿，去社区医院开了药', 'harm to health', '社区医院'],
    ['喝完他家的糖水一家人都要去急症室', 'harm to health', '急症室'],
    ['保安动手推了我一把，我差点坐在地上', 'personal-safety', '动手推'],
    ['经理跟我吵起来还推了我一下，太过分了', 'personal-safety', '推了我一下'],
    ['洗手台的角太尖，撞得我大腿一大片淤青', 'harm to health', '淤青'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '毛肚有点不新鲜，口感一般',
    '饿得肚痛，等了一个多小时才送到',
    '吃完早餐去医院看望朋友，酒店离医院很近很方便',
    '客服推了我一个优惠券，还挺贴心',
    '吃完腹部有点胀，量太大了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
