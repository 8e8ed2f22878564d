import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: dangerous premises, harm to health, theft and personal-safety incidents are urgent.
describe('a sharp left in the bed or the sofa', () => {
  it.each([
    ['铺床的时候床单底下滚出来一个用过的针头', '针头'],
    ['被套里面居然夹着一支注射器', '注射器'],
    ['沙发坐垫缝里有一片刀片，手一摸就划到了', '刀片'],
    ['床上有玻璃渣，估计是上一个客人打碎了杯子没扫干净', '玻璃渣'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'danger to safety', signal));

  it.each([
    '床上没有针头之类的东西，打扫得很干净',
    '担心床上会有针头，仔细检查了一遍，放心了',
    '枕头上有个针头大小的小洞',
    '沙发有点旧，坐着不太舒服',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe('a bone caught in the throat, bites all over', () => {
  it.each([
    ['喝鸡汤的时候一块碎骨头扎到喉咙了，去医院才夹出来', '扎到喉咙'],
    ['吃了一口红烧鱼，嗓子被卡住，咳了半个小时', '嗓子被卡'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'harm to health', signal));

  it('bites all over from the bed are harm', () => expectUrgentFor('床垫里有虫，一晚上咬得我浑身都是疙瘩', 'harm to health', '咬得我浑身'));

  it.each(['夏天蚊子多，咬得我全身都是包，记得带驱蚊水', '鱼刺很少，小朋友吃也不怕卡到'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe('money short in the wallet, luggage opened, the door kicked, trapped in the lift', () => {
  it.each([
    ['出去吃了个饭，回来钱包里少了三百', 'theft', '少了三百'],
    ['寄存在行李房的箱子被人打开了，锁都坏了', 'theft', '箱子被人打开'],
    ['凌晨有个男的一直踹我的门，我吓得不敢出声', 'theft', '踹我的门'],
    ['电梯卡在半空，我和孩子在里面待了半小时', 'danger to safety', '卡在半空'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each(['行李箱少了一个轮子，托运弄坏的', '钱包里少了2张会员卡，后来在车里找到了', '电梯有点慢，高峰期要等'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
