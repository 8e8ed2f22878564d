import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: urgent only for escalation signals and harm to this customer; slang, fullness, a worker's own fall and jokes are none.
describe('words of harm or threat that are not', () => {
  it.each([
    '这家的酸辣粉让我中毒了，天天都想点',
    '炸鸡太香了，吃中毒了，一周三顿',
    '吃太多了，肚子撑得难受，下次两个人点一份就够',
    '一不小心吃撑了，胃不舒服，怪我自己',
    '配送员说路上摔倒了，所以晚了二十分钟，没关系',
    '外卖小哥滑了一跤，汤洒了一点，人没事就好',
    '这个价格我要报警了哈哈，开个玩笑，味道不错',
    '贵成这样，我要起诉了哈哈哈',
    '评论区都在曝光这家店用隔夜油，我这次吃着还行',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    ['吃了他们家的凉拌菜食物中毒了，一家人都在医院', '食物中毒'],
    ['吃完这家的烤串感觉中毒了，头晕想吐', '中毒'],
    ['服务员把我推开，我摔倒了，膝盖都青了', '摔倒'],
    ['吃完没多久肚子疼得直冒冷汗', '肚子疼'],
    ['前台不处理，我已经报警了，等警察来', '报警'],
  ])('still reports harm or a threat: %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain(signal);
  });
});

// "没多久" tells how soon the harm came; "没拉肚子" still denies it.
describe('harm soon after eating, told with 没多久 or 不一会儿', () => {
  it.each([
    ['喝完奶茶没多久胃疼', '胃疼'],
    ['点的炒河粉，吃完不久肚子疼', '肚子疼'],
  ])('is urgent: %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain(signal);
  });

  it.each(['吃完没拉肚子，就是味道一般', '吃了两顿都没胃疼，放心点'])('a denial is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

// A laugh later in the sentence takes the threat back; "not joking" and a sneer (呵呵) do not.
describe('a threat laughed off later in its sentence', () => {
  it.each(['一杯奶茶卖四十，建议大家去消协问问合不合理哈哈', '这分量我要叫警察来称一称了，开个玩笑'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    ['再不退款我就去消协，别以为我是开玩笑', '消协'],
    ['东西被偷了，我已经报警了，呵呵', '报警'],
  ])('still counts: %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain(signal);
  });
});

// An allergy asked about or to be told beforehand is no reaction.
describe('an allergy asked about', () => {
  it.each(['店员问我们有没有过敏，很细心', '下单页面写着过敏的话请备注，很贴心', '吃之前问了过敏原，店家说得很清楚'])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it('a reaction still counts', () => {
    const result = classify('吃完半小时有过敏反应，脖子上全是红疹');
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain('harm to health');
  });
});
