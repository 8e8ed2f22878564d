import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForOrderTaken } from '../../shared/classify/order-taken.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });
const TYPES = ['privacy_security', 'delivery'];

describe('the order taken from where the courier left it (外卖放门口被人拿走了)', () => {
  it('is a theft: privacy_security beside the delivery, and urgent', () => {
    for (const text of ['外卖放门口被人拿走了 骑手连个电话都不打', '骑手把外卖放在外卖柜里，我下楼的时候已经被人拿走了', '快递放门口被偷了']) {
      const result = read(text);
      expect(result.complaintTypes.map((t) => t.type), text).toEqual(expect.arrayContaining(['privacy_security', 'delivery']));
      expect(result.urgent, text).toBe(true);
    }
  });

  it('is none when only nearly taken, luckily not, or feared', () => {
    for (const text of ['骑手把外卖放楼下就走了，差点被人拿走', '外卖直接放门口，还好没被人顺走', '外卖放门口怕被人拿走']) {
      expect(typesForOrderTaken([], text, TYPES), text).toEqual([]);
      expect(read(text).urgent, text).toBe(false);
    }
  });

  it('is none for the courier eating from it, or an order mixed up at the counter', () => {
    expect(typesForOrderTaken([], '外卖被骑手偷吃了 鸡块少了两块', TYPES)).toEqual([]);
    expect(typesForOrderTaken([], '我的奶茶被别的顾客拿错了', TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForOrderTaken([], '外卖放门口被人拿走了', ['delivery'])).toEqual([]);
  });
});
