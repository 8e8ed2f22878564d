import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLevelNotAsAsked } from '../../shared/classify/level-not-as-asked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['order_accuracy', 'product_quality'];

describe('a mild level of spice, sugar or ice asked for and the order come past it (点的微辣 送来辣得流泪)', () => {
  it('is order_accuracy', () => {
    for (const text of [
      '点的不辣 结果辣得孩子一口没吃',
      '明明选了免辣 吃起来还是辣',
      '麻辣烫选的微辣 辣到我嘴唇都肿了',
      '备注了不要辣 送来的是特辣',
      '點的微辣 辣得我狂喝水',
      '给老人点的少辣 结果超辣',
    ]) expect(types(text), text).toContain('order_accuracy');
  });

  it('is none by this rule for the level kept, food milder than asked, a denial, or another order', () => {
    for (const text of [
      '点的微辣 刚刚好 不会太辣',
      '点的中辣 吃着像微辣',
      '选的免辣 小朋友吃得很开心',
      '下次点微辣 这次的特辣太猛了',
      '如果选了不辣还是辣 那就别点了',
      '点的微辣，味道很好。朋友点的特辣说辣得过瘾',
    ]) expect(typesForLevelNotAsAsked([], text, TAXONOMY_TYPES), text).toEqual([]);
  });

  it('is order_accuracy for the sugar or ice of a drink asked low and come high', () => {
    for (const text of [
      '明明选微糖结果超甜，喝了两口就扔了',
      '备注了三分糖 喝起来甜到发齁',
      '奶茶点的去冰 送来一杯全是冰',
      '选的少冰，结果冰块超多，喝两口就没了',
      '点的热的 送来还是冰的',
    ]) expect(typesForLevelNotAsAsked([], text, TAXONOMY_TYPES).map((t) => t.type), text).toEqual(['order_accuracy']);
    expect(types('珍奶甜度明明選微糖結果超甜')).toContain('order_accuracy');
    // The shop's own level given instead of the one asked for.
    for (const text of ['要的去冰 给的正常冰 太甜', '选的半糖 结果做成了正常糖', '备注少冰 送来是多冰'])
      expect(typesForLevelNotAsAsked([], text, TAXONOMY_TYPES).map((t) => t.type), text).toEqual(['order_accuracy']);
  });

  it('is none by this rule for sugar or ice as asked, denied or of another order', () => {
    for (const text of [
      '选的微糖 甜度刚好',
      '点的半糖 一点都不甜 正合我意',
      '下次点去冰 这次的冰太多了',
      '点的少冰 冰块不多 很好喝',
      '全糖的太甜了 下单前记得选微糖',
      '点的少冰 比正常冰少一半 刚好',
      '选的去冰 不是正常冰 很满意',
    ]) expect(typesForLevelNotAsAsked([], text, TAXONOMY_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForLevelNotAsAsked([], '点的微辣 辣得要命', ['product_quality'])).toEqual([]);
  });
});

// The level come told first and the request after it as a rebuttal: still the order not kept.
describe('a level come, then the milder one asked for as a rebuttal', () => {
  it('is order_accuracy', () => {
    expect(typesForLevelNotAsAsked([], '辣得要命，我明明选的不辣', TAXONOMY_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
    expect(typesForLevelNotAsAsked([], '太甜了 明明备注了少糖', TAXONOMY_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
  });

  it('is nothing without the rebuttal or of another order', () => {
    expect(typesForLevelNotAsAsked([], '上次辣得要命，这次选的不辣，刚好', TAXONOMY_TYPES)).toEqual([]);
    expect(typesForLevelNotAsAsked([], '上次辣得要命，这次明明选的不辣', TAXONOMY_TYPES)).toEqual([]);
    expect(typesForLevelNotAsAsked([], '不是很辣，明明选的微辣，刚刚好', TAXONOMY_TYPES)).toEqual([]);
  });
});

describe('the opposite flavour come (豆腐脑是甜的 我要的咸的)', () => {
  const byRule = (text: string) => typesForLevelNotAsAsked([], text, TAXONOMY_TYPES).map((t) => t.type);
  it('is order_accuracy, told either way round', () => {
    expect(byRule('豆腐脑是甜的 我要的咸的 北方人表示接受不了')).toEqual(['order_accuracy']);
    expect(byRule('粽子要的是咸的，送来的是甜的')).toEqual(['order_accuracy']);
    expect(byRule('咸豆腐脑给成甜的了 商家能不能看清楚再做')).toEqual(['order_accuracy']);
  });
  it('is none by this rule for the flavour asked and come, or only described', () => {
    expect(byRule('豆腐脑是咸的，我要的咸的，正宗')).toEqual([]);
    expect(byRule('这家的豆花是甜的，南方口味')).toEqual([]);
  });
});

describe('a level asked with a measure word between (点了个不辣的)', () => {
  it('is order_accuracy', () => {
    expect(typesForLevelNotAsAsked([], '点了个不辣的，结果辣得我直冒汗', TAXONOMY_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
    expect(typesForLevelNotAsAsked([], '点了个不辣的，味道刚好', TAXONOMY_TYPES)).toEqual([]);
  });
});

describe('a level named, then made or given another (少冰做成了多冰, 微辣给成了特辣)', () => {
  const byRule = (text: string) => typesForLevelNotAsAsked([], text, TAXONOMY_TYPES).map((t) => t.type);
  it('is order_accuracy', () => {
    for (const text of ['少冰做成了多冰 珍珠煮的硬邦邦的', '奶茶少冰变成了多冰', '就是把我的微辣做成了不辣', '三分糖做成了全糖']) expect(byRule(text), text).toEqual(['order_accuracy']);
  });
  it('is none by this rule for the same level, or a wish for another order', () => {
    expect(byRule('微辣做成了微辣的样子')).toEqual([]);
    expect(byRule('下次别把少冰做成多冰')).toEqual([]);
  });
  it('reads a strong spice told as tears or death (要的微辣 辣死了) and the asked flavour named on the dish (我点的甜豆花)', () => {
    expect(types('要的微辣 辣死了')).toContain('order_accuracy');
    expect(types('豆花是咸的！我点的甜豆花！！')).toContain('order_accuracy');
  });
});
