import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceRaised } from '../../shared/classify/price-raised.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['price_billing', 'environment'];
const named = (text: string) => typesForPriceRaised([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: price_billing covers a price too high and overcharging.
describe('a price said raised', () => {
  it('is price_billing, however the rise is said', () => {
    expect(types('五一假期房价直接翻倍 房间还是那么旧')).toContain('price_billing');
    expect(types('赶上旅游旺季就坐地起价 太黑了')).toContain('price_billing');
    expect(types('去年住才三百 今年房价翻了一倍')).toContain('price_billing');
  });

  it('is price_billing in traditional characters', () => {
    expect(types('春節期間坐地起價 服務還跟不上')).toContain('price_billing');
  });

  it('is none by this rule for a rise denied, still to come, shrugged off or only feared', () => {
    expect(named('住了三年都没涨价 老板很实在')).toEqual([]);
    expect(named('涨价前订的 很划算')).toEqual([]);
    expect(named('涨价就不说了 房间还挺干净')).toEqual([]);
    expect(named('价格涨了一点 也能理解')).toEqual([]);
    expect(named('担心节假日会涨价 结果还是原价')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForPriceRaised([], '节假日房价翻倍', ['environment'])).toEqual([]);
  });
});

describe('a price raised several times over (价格翻好几倍, 房价翻了三倍)', () => {
  it('is price_billing, also after praise', () => {
    for (const text of [
      '这家民宿环境很好，老板人也热情，早餐是老板娘自己做的，很好吃，推荐。唯一不满的是国庆房价翻了三倍',
      '出差常住这家酒店，离会展中心近，床舒服。缺点是会展期间价格翻好几倍，还经常订不到。',
      '房間乾淨，位置方便，就是旺季價錢貴了好幾倍',
    ]) {
      expect(types(text), text).toContain('price_billing');
    }
  });

  it('is none by this rule for a rise denied or only supposed', () => {
    for (const text of ['房价没翻倍，很良心', '如果价格翻好几倍就不来了', '节假日价格也没贵几倍，可以理解']) {
      expect(named(text), text).toEqual([]);
    }
  });
});

describe('the price said to rise year on year (价格却年年涨, 房价一年比一年贵)', () => {
  it('is price_billing', () => {
    expect(classifier.classifySync({ text: '酒店越来越旧了，设施跟不上，价格却年年涨' }).complaintTypes.map((t) => t.type)).toContain('price_billing');
    expect(classifier.classifySync({ text: '房价一年比一年贵，服务一年不如一年' }).complaintTypes.map((t) => t.type)).toContain('price_billing');
  });
});

describe('a thing once free now charged for (酸梅汤现在要收费了)', () => {
  it('is price_billing, in a satisfied review', () => {
    expect(types('这次是第二次来了，干锅牛蛙很香辣过瘾，牛蛙肉多。服务小哥很勤快，一直来加水。就是他家酸梅汤现在要收费了，之前是免费的，有一点点小失望。总体依然推荐。')).toContain('price_billing');
  });

  it('is none by this rule for a charge shrugged off or a thing still free', () => {
    expect(typesForPriceRaised([], '停车现在开始收费了，不过可以理解', ['price_billing'])).toEqual([]);
    expect(typesForPriceRaised([], '现在也是免费续饭，很良心', ['price_billing'])).toEqual([]);
  });
});
