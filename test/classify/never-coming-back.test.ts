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

  it('is negative when a hotel guest will not choose it again or would rather pay more elsewhere, past conceded good points', () => {
    expect(sentiment('和隔壁的全季比差了一截，人家的早餐和床都好不少。这家勉强能住吧，下次不会选择了')).toBe('negative');
    expect(sentiment('便宜倒是便宜，房间也还算干净，可是枕头一股汗味，空调呼呼响。下次宁可多花一百住别家')).toBe('negative');
    expect(closingRefusal('位置方便，服务也客气，但以后不会再选这家了')).toBe('以后不会再选这家');
    expect(sentiment('位置方便，服務也客氣，但是房間小得放不下箱子，以後不會再選這家了')).toBe('negative');
    expect(closingRefusal('价钱是不高，可是隔音太差，下次宁愿加点钱住好一点的')).toBe('宁愿加点钱住好');
  });

  it('is no refusal for a guest choosing it again, or for rather staying here', () => {
    expect(closingRefusal('房间宽敞，早餐丰富，下次还会选择')).toBeUndefined();
    expect(closingRefusal('比别的酒店都舒服，宁可住这里也不去别家')).toBeUndefined();
    expect(closingRefusal('如果还是这么吵下次不会选了')).toBeUndefined();
  });

  it('is a refusal when the customer will take another hotel next time (下次会考虑其他酒店)', () => {
    expect(sentiment('價格實惠，服務人員很親切，可惜房間隔音很差，半夜走廊有人講話都聽得一清二楚，睡眠品質很差，下次會考慮其他飯店。')).toBe('negative');
    expect(closingRefusal('房间还行，下次还是换别家吧')).toBeDefined();
    expect(closingRefusal('牛肉有点老，下次试试别的')).toBeUndefined();
    expect(closingRefusal('便宜是便宜，就是住得不太舒服，下次可能会换一家。')).toBeDefined();
    expect(closingRefusal('味道中规中矩，下次换一家试试')).toBeUndefined();
  });

  it('is a refusal hedged (下次应该不会住了) but not a return hedged (下次应该会再来)', () => {
    expect(sentiment('房间还行，下次应该不会住了')).toBe('negative');
    expect(sentiment('房间干净，但设施比较旧了，如果有其他选择的话，下次应该不会住这家了。')).toBe('negative');
    expect(closingRefusal('下次应该会再来')).toBeUndefined();
    expect(sentiment('挺好的，下次肯定会再来')).toBe('positive');
  });
});
