import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

describe('the stars a customer gives close the review with their verdict', () => {
  it.each([
    '服务员态度冷冰冰的,问什么都是嗯啊,不过菜确实做得好,看在菜的份上给四星',
    '明明订了七点的位 到了说没有这个预订 还是我翻出短信才给安排的 服务员连个歉都不道 菜挺好吃的 给个四星吧',
    '走廊的灯一闪一闪的，电梯咯吱咯吱响，前台服务倒是挺周到，冲着服务给个四星。',
    '炸鸡很好吃 番茄酱没给 扣一星',
  ])('%s → positive, its faults still typed', (text) => {
    const { sentiment, types } = verdict(text);
    expect(sentiment).toBe('positive');
    expect(types.length).toBeGreaterThan(0);
  });

  it.each([
    '礼宾部那个小伙子态度有点差，我问他能不能帮忙叫个车，他说"你自己叫吧"。跟酒店的档次不太匹配。四星。',
    '酒店整体很不错，服务员都很有礼貌。扣一星是因为早餐，来来回回就那几样，热菜只有两个还是温吞吞的，不值这个价。',
    '环境5分 服务5分 卫生4分 位置偏了点，打车进市区要四十块',
    '就是性价比稍低，周边同档次的酒店比这里便宜一百左右。四星吧。',
  ])('a rating anywhere, or sub-scores out of five: %s → positive', (text) => expect(verdict(text).sentiment).toBe('positive'));

  it.each([
    '本来想给五星的结果在酸辣粉里吃出一根头发',
    '商家好评返现，说给五星就返三块，结果给了也没返',
    '一星都不想给，房间一股下水道味',
    '四星？我看顶多两星半，毛巾发黄，电视还是十年前的老款',
    '五星好评，五颗星都给那只蟑螂[微笑]',
    '给五星,但必须差评京东的服务,拍时显示有货,客服只来一句没货了,且爱理不理的',
    '环境2分 服务1分 卫生2分',
  ])(
    'a rating meant, promised for a reward, refused, doubted, mocked or turned, or low sub-scores: %s → negative',
    (text) => expect(verdict(text).sentiment).toBe('negative'),
  );
});

describe('a second visit refused in the diners’ slang', () => {
  it.each([
    '朋友推荐来的 烤肉自己烤 肉质一般 五花肉太肥 牛舌倒是可以 饮料要另收钱 总体不会二刷',
    '一直想来终于来了 排了一小时 菜品比想象中的普通 但是服务很好 不会二刷但不后悔',
    '装修高大上服务员很有礼貌，就是菜的量真是少的可怜一个盘子里就一小口[捂脸]体验一次就够了',
  ])('%s → negative', (text) => expect(verdict(text).sentiment).toBe('negative'));

  it.each(['值得二刷 下次带闺蜜一起来', '人均四百多，对于我们家来说有点肉疼，不过菜是真好，一年来一次就够了'])('%s → positive', (text) =>
    expect(verdict(text).sentiment).toBe('positive'),
  );
});

describe('speed called moving is slow', () => {
  it.each([
    ['上菜速度感人', 'responsiveness'],
    ['出餐速度真的感人 等了一个小时', 'responsiveness'],
    ['配送速度感人', 'delivery'],
  ])('%s → negative, %s', (text, type) => {
    const { sentiment, types } = verdict(text);
    expect(sentiment).toBe('negative');
    expect(types).toContain(type);
  });

  it('a moving story is still praise', () => expect(verdict('老板讲的故事很感人，菜也好吃').sentiment).toBe('positive'));
});

describe('mockery in review slang', () => {
  it.each([
    '服务员态度好到让我以为我欠她钱',
    '商家自己漏送了一份饭，还要我先给好评才给补，这操作也是绝了',
    '真是一家"有氛围"的酒店，墙上的霉斑像抽象画，天花板的水渍像世界地图，床单上的小洞像星空，住一晚就是一次艺术之旅，五星好评（狗头）',
  ])('%s → negative', (text) => expect(verdict(text).sentiment).toBe('negative'));

  it('a fault in passing, told with the same words, leaves a satisfied review positive', () => {
    expect(verdict('房间干净 位置方便 离地铁站就两百米 就是前台阿姨有点凶 好像我欠她钱 不过也就办入住那一下 总体住的挺舒服 性价比可以').sentiment).toBe('positive');
    expect(verdict('老板的神操作把我看呆了，送了一大份甜品').sentiment).toBe('positive');
  });
});

describe('praise in words that look like faults', () => {
  it.each(['给孩子点的儿童套餐 里面还有个小玩具 孩子开心坏了', '点了三个人的量,送来四个人都吃不完,老板太实在了', '孩子们高兴坏了'])('%s → positive, no type', (text) =>
    expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] }),
  );

  it('keeps 实在 the adverb a degree, and 量少价高 a price fault', () => {
    expect(verdict('实在太贵了').types).toContain('price_billing');
    expect(verdict('量少价高').types).toContain('price_billing');
  });
});

describe('words that neither praise nor fault', () => {
  it('a booking made (订好的房) is no praise, nor another hotel the desk recommended, and no apology felt is a fault', () => {
    const { sentiment, types } = verdict('提前一周在艺龙订好的房,还做了担保,到了酒店说没房了,让我们去他们推荐的另一家。前台一点歉意都没有,好像是我们的错一样。');
    expect(sentiment).toBe('negative');
    expect(types).toEqual(expect.arrayContaining(['order_accuracy', 'service_attitude']));
  });

  it('a degree said with 得不行 leaves the judging to the word before it', () => {
    expect(verdict('孩子看到恐龙雕塑兴奋得不行').sentiment).toBe('positive');
    expect(verdict('难吃得不行').sentiment).toBe('negative');
  });
});
