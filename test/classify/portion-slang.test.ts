import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPortionSlang } from '../../shared/classify/portion-slang.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['product_quality'];

describe('the portion mocked as tiny (分量感人, 肉就一丢丢)', () => {
  it('is product_quality', () => {
    for (const text of ['分量感人', '这盒饭的量真是感人', '肉就一丢丢', '就一丢丢，够谁吃', '虾仁就那么几颗', '一碗面只有三四片牛肉', '份量感人啊']) {
      expect(types(text), text).toContain('product_quality');
    }
  });

  it('is negative when the portion is called moving (分量感人), and a moving story stays praise', () => {
    expect(classifier.classifySync({ text: '分量感人' }).sentiment.label).toBe('negative');
    expect(classifier.classifySync({ text: '这本书的故事很感人' }).sentiment.label).toBe('positive');
  });

  it('is none by this rule for moving stories, cheap prices, seasonings asked for, sights, conditions', () => {
    for (const text of [
      '故事很感人',
      '价格偏高一丢丢，味道很好',
      '就几块钱，很划算',
      '辣椒就放了一丁点，刚好',
      '窗户只能看到一丢丢的海',
      '如果就几片肉那就别点了',
      '分量很足，良心商家',
    ]) {
      expect(typesForPortionSlang([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('is product_quality for the portion called stingy or told as only this much (份量有点小气, 就这么一点)', () => {
    for (const text of ['味道没得说 就是份量有点小气', '好吃 就是肉给得有点小气', '料给得太抠门了 下次不点了', '二十几块钱就这么一点', '一份炒粉就那么点儿', '份量摳摳搜搜的', '三十多块就这么一小碗', '米饭只给了一小盒', '牛肉才一小份']) {
      expect(types(text), text).toContain('product_quality');
    }
  });

  it('is none by this rule for generosity, a small matter, or stinginess not of the portion', () => {
    for (const text of ['分量一点也不抠 很实在', '肉给得不小气', '就这么点小事也要打电话', '老板一点都不小气 还送了饮料', '就这么点要求都做不到']) {
      expect(typesForPortionSlang([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });
});
