import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSoggyOnTheWay } from '../../shared/classify/soggy-on-the-way.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'product_quality'];

describe('noodles gone soggy on the way (送到面都坨了, 粉都泡烂了)', () => {
  it('is delivery', () => {
    expect(types('粉都泡烂了，一夹就断，骑手送了五十分钟')).toContain('delivery');
    expect(types('汤粉送来粉都泡发了，味道还是不错的')).toContain('delivery');
  });

  it('is none by this rule without a trip in the sentence, when the sogginess is denied or burnt, or for a hotel room service', () => {
    expect(typesForSoggyOnTheWay([], '面都坨了，汤也没味道，跟堂食差太远', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSoggyOnTheWay([], '打包费三块配送费五块。结果面是坨的，黄瓜丝就几根', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSoggyOnTheWay([], '粉和汤分开装，送到也不会坨', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSoggyOnTheWay([], '送来的河粉炒糊了，苦的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSoggyOnTheWay([], '叫了客房送餐，等了五十分钟才送来，面已经有点坨了', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForSoggyOnTheWay([], '送到面都坨了', ['product_quality'])).toEqual([]);
  });
});
