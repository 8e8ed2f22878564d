import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: a foreign object in food, a reaction after eating, an injury, a shock, a burning socket, a drop a child
// can climb over and a bite that needs a jab are urgent; a danger only hedged (有点危险) is an opinion, not harm.
describe('a vegetable dish holding the object, a rash after a drink, a head struck, a shock by its tingle, a power strip burnt black, a railing by where it reaches, a tooth in the food, a jab after a bite', () => {
  it.each([
    ['凉拌黄瓜里拌着一截断掉的指甲，恶心到不行 已经投诉平台', 'foreign object', '指甲'],
    ['孩子喝了两口果汁就说嘴巴痒，没一会儿脸上全是红斑', 'harm to health', '嘴巴痒'],
    ['吃了他家的芒果班戟，脖子上起了一大片红斑', 'harm to health', '红斑'],
    ['浴缸旁边没有扶手 我爸起身的时候滑了一下 头磕在瓷砖上起了个大包', 'harm to health', '头磕在'],
    ['床头那个台灯线的外皮全破了 我一摸被麻了一下', 'harm to health', '被麻了一下'],
    ['房间里一股烧焦的塑料味 后来发现是电视后面插排烧黑了', 'danger to safety', '插排烧黑'],
    ['阳台的护栏就到我腰这么高 孩子一爬就能翻出去 吓得我们一晚上没让他出卧室', 'danger to safety', '就到我腰'],
    ['排骨饭吃出一颗牙齿！！！不知道是谁的 已经吐了', 'foreign object', '一颗牙齿'],
    ['醒来发现枕头边有只老鼠 咬了我手指一口 现在去打狂犬疫苗', 'harm to health', '打狂犬'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '酒店在山上 路很陡 开车上去有点危险 老司机随意',
    '晚上一个人走回酒店有点危险，路灯太少，房间不错',
    '西瓜很甜 黄瓜很脆 拌着吃很香',
    '米饭太硬 咬得牙齿疼',
    '小区里狗很多 家长注意带孩子打疫苗的事就别说了 房间挺干净',
    '吃火锅吃得脸上都红了 太过瘾了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});

describe('a head bumped in a small room, and food or goods bitten by an animal', () => {
  it.each([
    '房价一晚九百八，房间小得只能放下一张床，卫生间转个身都能撞到头。这个价格简直是抢钱',
    '外卖员放在楼下地上 被狗咬了一个洞 无语',
    '三个苹果都有被老鼠咬的痕迹，太差了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
