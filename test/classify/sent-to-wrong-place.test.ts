import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSentToWrongPlace, typesForWrongPlaceNotAnOrderError } from '../../shared/classify/sent-to-wrong-place.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['delivery', 'order_accuracy'];
const orderFound = [{ type: 'order_accuracy', confidence: 0.6, phrases: [], problem: true }];

describe('the order taken to the wrong place (送错楼了, 送到隔壁楼)', () => {
  it('is delivery, no order_accuracy', () => {
    for (const text of ['鸡排很香 可惜送错楼了', '麻辣烫挺好 就是放错楼层了 爬了两层去拿', '骑手送到隔壁小区了', '又送错单元了', '外賣送錯地址了 等了半天']) {
      expect(types(text), text).toContain('delivery');
      expect(types(text), text).not.toContain('order_accuracy');
    }
  });

  it('keeps order_accuracy beside an item left out, short or swapped', () => {
    expect(typesForWrongPlaceNotAnOrderError(orderFound, '送错楼了 还少了一份米饭', ['少送'])).toEqual(orderFound);
    expect(typesForWrongPlaceNotAnOrderError(orderFound, '送错地址不说 奶茶还漏了一杯', [])).toEqual(orderFound);
  });

  it('is none by this rule for a wrong item, a place only feared, or denied', () => {
    for (const text of ['送错了菜 我点的是鱼香肉丝', '备注写清楚了 怕送错楼', '小哥很细心 从没送错楼', '行李送错房间了', '送到楼下了 很准时']) {
      expect(typesForSentToWrongPlace([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });
});
