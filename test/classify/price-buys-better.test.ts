import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceBuysBetter } from '../../shared/classify/price-buys-better.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['price_billing', 'environment'];
const named = (text: string) => typesForPriceBuysBetter([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: price_billing covers poor value (不值这个价).
describe('the price said to buy a better stay elsewhere', () => {
  it('is price_billing', () => {
    expect(types('房间一般般 这个价钱可以住更好的酒店了')).toContain('price_billing');
    expect(types('同样的价格在市中心都能住得好很多')).toContain('price_billing');
    expect(types('说实话这钱够住好一点的了')).toContain('price_billing');
    expect(types('房间又旧又暗，热水也不稳定，这个价钱在市中心都能住很好的酒店了')).toContain('price_billing');
    expect(types('同样的价位在附近可以住挺好的了，不会再来')).toContain('price_billing');
  });

  it('is a negative verdict when it is all the message says', () => {
    for (const text of ['感觉这个价格在周边能住更好的', '這個價錢在市區可以住更好的', '同样的价钱够住好一点的了吧']) {
      expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    }
    expect(classifier.classifySync({ text: '房间宽敞干净，早餐丰富，前台热情，这个价格能住到这样的很满意' }).sentiment.label).toBe('positive');
  });

  it('is price_billing in traditional characters', () => {
    expect(types('這個價位在附近完全可以住更好的')).toContain('price_billing');
  });

  it('is none by this rule when the price is said to buy nothing better, or the comparison is only wished', () => {
    expect(named('这个价格不能住更好的了 很满意')).toEqual([]);
    expect(named('这个价钱没法住更好的了')).toEqual([]);
    expect(named('如果这个价格能住更好的就好了')).toEqual([]);
    expect(named('下次想住更好的房型')).toEqual([]);
    expect(named('这个价格可以住得很好，很满意')).toEqual([]);
  });

  it('is negative when that is all the message says (更好 is the comparison, not praise)', () => {
    for (const text of ['同样的钱在附近能住更好的', '这价位可以住到好很多的酒店', '這個價錢能住好一點的民宿了']) {
      expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    }
    expect(classifier.classifySync({ text: '如果这个价格能住更好的就好了' }).sentiment.label).not.toBe('negative');
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForPriceBuysBetter([], '这个价钱可以住更好的酒店了', ['environment'])).toEqual([]);
  });
});

describe('the price said to buy a higher-starred stay elsewhere (这价格都能住五星了)', () => {
  it('is price_billing and negative', () => {
    for (const text of ['这个房价在隔壁都能住五星级酒店了', '這個價錢在市中心都能住五星了', '一晚一千二 这个价格都能住五星了 房间还不到二十平']) {
      const result = classifier.classifySync({ text });
      expect(result.complaintTypes.map((t) => t.type), text).toContain('price_billing');
      expect(result.sentiment.label, text).toBe('negative');
    }
  });

  it('is none by this rule when the stars are this hotel\'s or denied', () => {
    for (const text of ['这个价格能住五星级酒店 超值', '这个价格在周边不能住五星 但这家很舒服', '如果这个价格在市中心能住五星就好了']) {
      expect(named(text), text).toEqual([]);
    }
  });
});

describe('other stays at the same price said better than this one (同价位的全季都比这里好)', () => {
  it('is price_billing', () => {
    for (const text of [
      '价格在周边不算便宜，同价位的几家连锁都比这里好，下次换一家',
      '同样的价格旁边那家新开的条件好多了',
      '同價位的飯店都比這裡乾淨太多了',
      '房间旧得不行，同样的钱隔壁的快捷酒店都强多了',
      '出差住了两晚，相同的价位别的酒店房间大得多，早餐也好很多',
    ]) {
      expect(types(text), text).toContain('price_billing');
    }
  });

  it('is none by this rule when this hotel is the one said better, or better than before', () => {
    expect(named('同样的价格，这里比别家好多了')).toEqual([]);
    expect(named('这个价格还算合理，比之前住的好多了')).toEqual([]);
    expect(named('同价位里这家算好的')).toEqual([]);
    expect(named('同样的价钱，别家没有比这里好的')).toEqual([]);
    expect(named('如果同样的价格别家都比这里好，我就不会来了')).toEqual([]);
  });
});
