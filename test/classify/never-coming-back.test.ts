import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { closingRefusal } from '../../shared/classify/never-coming-back.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a review closing on the customer refusing to come back (下次不点了)', () => {
  it('is negative however mild the body', () => {
    expect(sentiment('送得挺快的包装也还行，就是再也不会买了')).toBe('negative');
    expect(sentiment('味道就那样，分量也正常，下次不点了')).toBe('negative');
  });

  it('reads the refusal of the seller only, last, and said as a verdict', () => {
    expect(closingRefusal('以后不会再来这家了！！')).toBe('以后不会再来这家');
    expect(closingRefusal('估计我以后不会买外国货了')).toBeUndefined();
    expect(closingRefusal('晚上的自助餐性价比不高，菜色一般，以后不会再吃了')).toBeUndefined();
    expect(closingRefusal('要是再这么慢就不会再点了')).toBeUndefined();
    expect(closingRefusal('不会再点了，开玩笑的，好吃下次还来')).toBeUndefined();
  });

  it('finds the last clause read from the end past any breaks and spaces, as a split of the whole text did', () => {
    expect(closingRefusal('再也不会买了')).toBe('再也不会买');
    expect(closingRefusal('味道一般，下次不点了。。。 \u3000\t')).toBe('下次不点');
    expect(closingRefusal('下次不点了～～…、 好吃')).toBeUndefined();
    expect(closingRefusal('好吃 拉黑')).toBe('拉黑');
    expect(closingRefusal('，。！？ ')).toBeUndefined();
    expect(closingRefusal('')).toBeUndefined();
  });
});
