import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

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
});
