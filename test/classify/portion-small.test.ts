import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPortionSmall } from '../../shared/classify/portion-small.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'price_billing'];

describe('the portion said small as a further fault (分量还少, 份量又少)', () => {
  it('is product_quality beside the price', () => {
    expect(types('价格比店里贵好多，分量还少').sort()).toEqual(['price_billing', 'product_quality']);
    expect(types('外卖比堂食贵了五块，份量又少')).toContain('product_quality');
  });

  it('is product_quality when takeaway shorthand clips it to 量 at the head of a clause, and the message negative', () => {
    const said = (text: string) => classifier.classifySync({ text });
    for (const text of ['价格虚高 量还少', '二十八块钱 量还不多', '量還少 又貴', '三十多一份 量也不大 吃不饱']) {
      expect(said(text).complaintTypes.map((t) => t.type)).toContain('product_quality');
      expect(said(text).sentiment.label).toBe('negative');
    }
  });

  it('is none by this rule for 量 inside another word, or a portion said big', () => {
    expect(typesForPortionSmall([], '质量还小有瑕疵', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPortionSmall([], '数量也少了一件', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPortionSmall([], '价格不贵 量还很足', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPortionSmall([], '包装不错 量还挺多的', DEFAULT_TYPES)).toEqual([]);
  });

  it('is none by this rule for a portion denied small or an appetite', () => {
    expect(typesForPortionSmall([], '包装很精致，份量还不小', DEFAULT_TYPES)).toEqual([]);
    expect(typesForPortionSmall([], '我饭量也小，一份够吃', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForPortionSmall([], '分量还少', ['price_billing'])).toEqual([]);
  });
});

describe('the larger size said no larger (大份跟小份一样多)', () => {
  it('is product_quality', () => {
    for (const text of ['大份跟小份一样多', '点的大份 感觉像小份', '大杯和中杯差不多']) expect(types(text), text).toContain('product_quality');
  });

  it('is none by this rule for the same taste, a price compared or a question', () => {
    for (const text of ['大份跟小份一样好吃', '请问大份和小份差多少 小份一个女生够吃吗', '超值大份跟普通份只差了两块钱'])
      expect(typesForPortionSmall([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

describe('a portion said to have shrunk (量还变少了, 分量越来越少)', () => {
  it('is product_quality, not an item missing', () => {
    for (const text of ['上个月还是15一份 现在涨到19了 量还变少了', '价格涨了两块分量还变少了以前是常客以后不来了']) {
      expect(types(text), text).toContain('product_quality');
      expect(types(text), text).not.toContain('order_accuracy');
    }
  });

  it('leaves order_accuracy where an item is told missing too', () => {
    expect(types('量少了很多，还少了一瓶可乐')).toContain('order_accuracy');
  });
});
