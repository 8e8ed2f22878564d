import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, injuries, personal-data misuse that became theft or fraud, a regulator are urgent.
describe('an ambulance, a turned ankle, breath short after eating, a falling fitting that hit the guest', () => {
  it.each([
    ['吃完他家的凉菜就胸闷，赶紧叫了救护车', 'harm to health', '胸闷'],
    ['房间里摔倒起不来，只能自己叫救护车，前台全程没人管', 'harm to health', '摔倒'],
    ['吃了几口炸串就呼吸急促，脸也红了', 'harm to health', '呼吸急促'],
    ['走廊地毯翘起来一块，我一脚踩空摔在地上', 'harm to health', '一脚踩空'],
    ['酒店门口的台阶缺了一角，我妈崴了脚，肿得穿不上鞋', 'harm to health', '崴了脚'],
    ['衣柜门上的镜子松了，开门时砸到我的肩膀', 'danger to safety', '砸到我'],
    ['外卖过期了还在卖，我已经打了食品安全投诉电话', 'regulator', '食品安全投诉'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each(['医院就在酒店对面，晚上偶尔有救护车的声音', '楼梯有点陡，要小心别崴脚', '走路去地铁站十分钟，不算远'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe("the guest's identity used by someone else", () => {
  it.each([
    ['退房第二天就有人用我的身份信息注册了网贷', '用我的身份'],
    ['前台复印的身份证被冒用了，派出所已经立案', '身份证被冒用'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'personal-safety', signal));

  it('a misuse only asked about is not', () => {
    expect(classify('会不会有人冒用我的身份证开房？想问下酒店怎么保管').urgent).toBe(false);
  });
});
