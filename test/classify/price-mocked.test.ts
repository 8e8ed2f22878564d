import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceMocked } from '../../shared/classify/price-mocked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the price mocked as robbery or the customer as its dupe (宰人, 抢钱, 冤大头)', () => {
  it('is price_billing', () => {
    for (const text of [
      '三个家常菜两百多 这不是宰人吗',
      '一瓶矿泉水收我十块 当我冤大头',
      '就一小碟花生米要二十八 纯纯智商税',
      '网红店就是割韭菜 拍照好看而已',
      '打包盒一个收五块 抢钱呢',
      '在景区门口吃饭被宰了 一盘炒青菜六十',
      '一碗牛肉麵四十五 搶錢啊',
    ]) expect(types(text), text).toContain('price_billing');
  });

  it('is price_billing when the sum is met with a scoffing 就这', () => {
    for (const text of [
      '一份小份的凉面二十八块钱就这？面都坨了',
      '酒店的午餐自助就这样还要一人八十八，几样冷菜几个包子',
      '三十多块就这么点 两口就吃完了',
      '一百二十元就這？',
      '就这？还卖二十六',
      '就这玩意也要四十',
    ]) expect(types(text), text).toContain('price_billing');
  });

  it('stays quiet when 就这 scoffs at nothing or the sum is only feared', () => {
    for (const text of ['二十块就这样吧 挺划算的', '本来以为五十块就这么点 结果给了一大盒', '就这家店好吃 其他的都一般', '就这样还要等三十分钟']) {
      expect(typesForPriceMocked([], text, ['price_billing']), text).toEqual([]);
    }
  });

  it('is price_billing when the price is called shameless for what it buys (也敢收, 好意思收)', () => {
    for (const text of ['床单都是黄的 也敢收六百一晚', '这破房间还好意思收我们四百', '就这条件还敢收旺季价']) expect(types(text), text).toContain('price_billing');
    expect(types('老板不好意思收我们的钱 硬是送了一盘水果')).not.toContain('price_billing');
  });

  it('is no product_quality when only the price is told beside it', () => {
    for (const text of ['一份炒面32 抢钱啊', '一杯豆浆十二块，当我冤大头']) expect(types(text), text).not.toContain('product_quality');
  });

  it('stays quiet for a fear belied, a denial or the word in another sense', () => {
    for (const text of [
      '本来以为会被宰 结果价格很公道',
      '景区里难得不宰客的店 老板很实在',
      '没有想象中的宰人 菜价都标得清清楚楚',
      '老板娘很热情 从来不宰外地人',
      '宰相肚里能撑船 服务员脾气真好',
      '这里不是宰人的店 价格很良心',
    ]) expect(types(text), text).not.toContain('price_billing');
  });

  it('is price_billing for the price called dear in slang (死贵, 巨贵, 贼贵, 贵得离谱)', () => {
    for (const text of [
      '菜还凑合 就是死贵',
      '好吃是好吃 就是巨贵',
      '味道一般 还贼贵 不会再来',
      '网红店 一杯奶茶贵得离谱',
      '环境挺好 菜品老贵了',
      '味道不錯 就是死貴',
      '一份小炒肉六十八 贵死了',
    ]) expect(types(text), text).toContain('price_billing');
  });

  it('stays quiet for slang dearness denied, supposed or conceded worth it', () => {
    for (const text of [
      '也不算死贵 两个人一百出头',
      '贼好吃 价格也便宜',
      '虽然巨贵但是真的值得 下次还来',
    ]) expect(types(text), text).not.toContain('price_billing');
    // The model reads 贵 here on its own; the rule must add nothing to it.
    expect(typesForPriceMocked([], '本来以为会巨贵 结果人均才五十', ['price_billing'])).toEqual([]);
  });
});

describe('the customer priced out (吃不起, 消费不起)', () => {
  it('is price_billing', () => {
    expect(classifier.classifySync({ text: '学生党吃不起' }).complaintTypes.map((t) => t.type)).toContain('price_billing');
    expect(classifier.classifySync({ text: '一份炒饭28，吃不起' }).complaintTypes.map((t) => t.type)).toContain('price_billing');
  });

  it('is none by this rule when denied, feared, or of the taste (吃不起来)', () => {
    for (const text of ['又不是吃不起，就是不值', '本来怕吃不起，结果挺便宜', '这个菜吃不起来什么味道'])
      expect(typesForPriceMocked([], text, ['price_billing']), text).toEqual([]);
  });

  it('is price_billing when the money is said lost on the stay (这个价格住这种房间，真的是亏大了)', () => {
    expect(types('房间在一楼，又暗又潮，窗外就是垃圾站。这个价格住这种房间，真的是亏大了。')).toContain('price_billing');
    expect(typesForPriceMocked([], '花了五百多住这个，太亏了', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
    expect(typesForPriceMocked([], '这个价格还不来住，不住亏大了', ['price_billing'])).toEqual([]);
    expect(typesForPriceMocked([], '错过了亏大了', ['price_billing'])).toEqual([]);
  });
});

describe('the staff telling the customer they cannot afford it (你吃不起就别来)', () => {
  it('is an insult, not the customer priced out: no price_billing by this rule', () => {
    expect(typesForPriceMocked([], '问个价格老板娘就开始不耐烦，说你吃不起就别来', ['price_billing'])).toEqual([]);
    expect(typesForPriceMocked([], '商家回复评论："吃不起就别点，天天就知道差评"', ['price_billing'])).toEqual([]);
    expect(typesForPriceMocked([], '嫌贵？吃不起的话别来啊', ['price_billing'])).toEqual([]);
    expect(typesForPriceMocked([], '学生党吃不起', ['price_billing']).map((t) => t.type)).toEqual(['price_billing']);
  });
});
