import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health from the stay or the food, and injuries on the premises, are urgent.
describe('fumes followed by symptoms, blisters counted, a hand caught, a trip, a cut by its length', () => {
  it.each([
    ['新装修的房间甲醛味很冲，住了两晚孩子一直咳嗽', 'harm to health', '甲醛'],
    ['衣柜里全是霉菌，睡了一觉起来嗓子疼得说不出话', 'harm to health', '霉菌'],
    ['吃完他家的烤鱼，嘴里起了好几个泡', 'harm to health', '起了好几个泡'],
    ['吃了这家的小龙虾浑身不对劲，赶紧去药店买药', 'harm to health', '去药店'],
    ['孩子在游乐区玩，手被夹了，指甲都紫了', 'harm to health', '手被夹'],
    ['大堂的地毯翘起来，我爸绊倒了，下巴磕出一个口子', 'harm to health', '绊倒'],
    ['排风扇盖子掉下来，胳膊上划了一条口子', 'harm to health', '划了一条口子'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '房间有点霉味，我鼻炎犯了一直咳嗽',
    '甲醛味有点重，开窗通风后就好了',
    '楼道里刚刷的油漆味，熏得我头疼',
    '门把手被夹了一根头发，保洁不太仔细',
    '感冒了一直咳嗽，房间暖气很足，还不错',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
