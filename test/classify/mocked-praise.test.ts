import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { mockedPraise, typesForSpeedMocked } from '../../shared/classify/mocked-praise.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });
const DEFAULT_TYPES = ['delivery', 'product_quality', 'responsiveness'];

describe('praise said to mock in a short takeaway review', () => {
  it('reads praise opened by a sneering 呵呵 as negative', () => {
    for (const text of ['呵呵 这烤鱼可真香', '呵呵呵，真是好吃呢', '呵呵 好喝得很', '呵呵哒 包装真贴心 汤洒了一半']) expect(read(text).sentiment.label, text).toBe('negative');
  });

  it('reads the trip praised as quick against a wait of an hour or more as negative delivery', () => {
    for (const text of ['配送真快啊 等了整整两个小时', '外卖送得好快哦，才等了一个半小时', '送得可太快了 一个小时才到', '送餐也太快了吧 送了五十多分钟']) {
      const result = read(text);
      expect(result.sentiment.label, text).toBe('negative');
      expect(result.complaintTypes.map((t) => t.type), text).toContain('delivery');
    }
  });

  it('reads quick said of two hours or more with 才 as mocking (真快啊 才两个小时)', () => {
    expect(read('真快啊 才两个小时').sentiment.label).toBe('negative');
    expect(read('送得真快 才二十分钟就到了').sentiment.label).toBe('positive');
  });

  it('leaves a friendly laugh after praise, real speed and a long account alone', () => {
    expect(mockedPraise('味道不错呵呵，下次还点')).toBeUndefined();
    expect(mockedPraise('好吃 呵呵')).toBeUndefined();
    expect(mockedPraise('送得真快 不到一个小时就到了')).toBeUndefined();
    expect(mockedPraise('真快，一个小时内就送到了')).toBeUndefined();
    expect(mockedPraise('速度超快，电池大概能用2个小时')).toBeUndefined();
    expect(mockedPraise('呵呵，今天公司发了下午茶，我们点了这家的奶茶和蛋糕，味道真不错，同事都说好喝')).toBeUndefined();
  });

  it('gives no delivery for a kitchen or a desk mocked for speed', () => {
    expect(typesForSpeedMocked([], '上菜真快啊 等了一个小时', DEFAULT_TYPES)).toEqual([]);
    expect(typesForSpeedMocked([], '前台办入住真快 等了一个多小时', DEFAULT_TYPES)).toEqual([]);
  });
});
