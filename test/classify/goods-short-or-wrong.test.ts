import { describe, expect, it } from 'vitest';
import { typesForGoodsShortOrWrong } from '../../shared/classify/goods-short-or-wrong.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['order_accuracy', 'product_quality'];
const named = (text: string, negative = true) => typesForGoodsShortOrWrong([], text, negative, DEFAULT_TYPES).map((t) => t.type);

// The guide: order_accuracy is wrong or missing items against what was ordered (少送, 送错).
describe('goods sent short or wrong', () => {
  it('is order_accuracy', () => {
    expect(types('差评差评,和我买的不一样!')).toContain('order_accuracy');
    expect(types('我要的明明不是这个款??')).toContain('order_accuracy');
    expect(named('收到货,里面配件不足,少了捅针,很不满意的一次购物。')).toEqual(['order_accuracy']);
    expect(named('服务态度不好,说好送16g内存卡的。结果没送。')).toEqual(['order_accuracy']);
    expect(named('拍的是佳农牌的,发回来的却不是。')).toEqual(['order_accuracy']);
  });

  it('is none by this rule for a seller that includes no extras, a remedy refused, a wish, or a message not read as negative', () => {
    expect(named('连买两台连个耳机都不送,瞬间就没爱了.')).toEqual([]);
    expect(named('经理说给免单了事，我要的不是免单')).toEqual([]);
    expect(named('最好能少了包装盒，更环保')).toEqual([]);
    expect(named('和我买的不一样，比想象的好', false)).toEqual([]);
  });
});
