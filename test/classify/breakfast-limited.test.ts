import { describe, expect, it } from 'vitest';
import { typesForBreakfastLimited, typesForBreakfastOnlyLukewarm } from '../../shared/classify/breakfast-limited.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const DEFAULT_TYPES = ['product_quality', 'environment'];

describe("the hotel's breakfast said to offer too little", () => {
  it('is product_quality in a satisfied review, which stays positive', () => {
    const result = classify('位置不错，离地铁站很近，早餐种类少，味道一般');
    expect(result.complaintTypes.map((t) => t.type)).toEqual(['product_quality']);
    expect(result.sentiment.label).toBe('positive');
    expect(classify('环境很好，服务周到，早餐选择不多').complaintTypes.map((t) => t.type)).toContain('product_quality');
  });

  it('is none by this rule when the sentence concedes it or denies it', () => {
    expect(typesForBreakfastLimited([], '早餐虽然品种不多，但是样样好吃', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐种类不多，不过都很新鲜', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐种类不少，很丰盛', DEFAULT_TYPES)).toEqual([]);
  });

  it('is product_quality when the breakfast itself is said monotonous, in either script', () => {
    const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);
    expect(types('房间很干净 前台也热情 早餐有些单调')).toContain('product_quality');
    expect(types('地段好交通方便，可惜早餐太单一了')).toContain('product_quality');
    expect(types('早餐就那几样 连住三天吃到想吐')).toContain('product_quality');
    expect(types('服務很周到 早餐比較單調')).toContain('product_quality');
    expect(classify('服務很周到 早餐比較單調').sentiment.label).toBe('positive');
  });

  it('is none by this rule when the monotony is denied, conceded or only supposed', () => {
    expect(typesForBreakfastLimited([], '早餐一点也不单调，天天换花样', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐有点单调，不过出门就是小吃街', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '担心早餐太单一，结果还挺丰富', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '要是早餐单调的话可以去对面吃', DEFAULT_TYPES)).toEqual([]);
  });

  it('is product_quality when the breakfast is said gone by the time the guest came, or not refilled', () => {
    const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);
    expect(types('早餐挺好吃的，就是八点半去的时候很多都没了，也不补')).toContain('product_quality');
    expect(typesForBreakfastLimited([], '房间不错，早餐去晚了基本就没了', DEFAULT_TYPES).map((t) => t.type)).toEqual(['product_quality']);
    expect(typesForBreakfastLimited([], '早餐的煎蛋吃完了服务员也不补', DEFAULT_TYPES).map((t) => t.type)).toEqual(['product_quality']);
  });

  it('is none by this rule when the breakfast is said refilled or running out is only supposed', () => {
    expect(typesForBreakfastLimited([], '早餐去晚了也都有，服务员一直在补', DEFAULT_TYPES)).toEqual([]);
    expect(typesForBreakfastLimited([], '早餐很丰富，如果去晚了可能就没了', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForBreakfastLimited([], '早餐种类少', ['environment'])).toEqual([]);
  });
});

// The guide: 一般, 还行 are neutral remarks, no complaint.
describe('the breakfast only called lukewarm (就是早餐一般)', () => {
  const FOOD = [{ type: 'product_quality', confidence: 0.6, phrases: [], problem: true }];
  const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

  it('is no product_quality', () => {
    for (const text of ['服务不错，就是早餐一般', '位置很好，就是早餐一般', '服務很好，就是早餐一般般']) {
      expect(types(text), text).not.toContain('product_quality');
    }
  });

  it('keeps product_quality when the food or the bed is faulted beside it', () => {
    for (const text of ['床太软，就是早餐一般', '早餐一般，咖啡是凉的', '早餐一般，品种太少']) {
      expect(typesForBreakfastOnlyLukewarm(FOOD, text), text).toEqual(FOOD);
    }
  });

  it('is no product_quality when the breakfast is praised for its range (早餐品种挺多的)', () => {
    expect(classify('早餐品种挺多的，服务员也很热情，房间很干净').complaintTypes.map((t) => t.type)).not.toContain('product_quality');
    expect(typesForBreakfastOnlyLukewarm([{ type: 'product_quality', confidence: 0.9, phrases: ['早餐'], problem: false }], '早餐种类很丰富，就是床太硬').map((t) => t.type)).toEqual(['product_quality']);
  });

  it('is no product_quality when the breakfast range is called lukewarm, or a room smell or poor reception is all else (早餐的品种还可以; 有一股烟味…早餐一般)', () => {
    expect(classify('酒店环境很好,服务也很热情,就是价格有点贵.早餐的品种还可以.下次有机会还会来.').complaintTypes.map((t) => t.type)).not.toContain('product_quality');
    expect(classify('房间还算干净,但是有一股烟味,而且电视信号很差,只能看几个台.早餐一般.这个价格感觉有点不值.').complaintTypes.map((t) => t.type)).not.toContain('product_quality');
    expect(typesForBreakfastOnlyLukewarm([{ type: 'product_quality', confidence: 0.9, phrases: ['早餐'], problem: false }], '早餐一般，咖啡很差').map((t) => t.type)).toEqual(['product_quality']);
  });

  it('is no product_quality for a breakfast praised for its range when only the soundproofing is said poor (隔音实在太差了)', () => {
    expect(classify('早餐品种挺多的，服务员也很热情，房间装修风格我也喜欢。就是隔音实在太差了，一整晚基本没怎么睡。').complaintTypes.map((t) => t.type)).not.toContain('product_quality');
  });
});
