import { describe, expect, it } from 'vitest';
import { typesForCourierLost } from '../../shared/classify/courier-lost.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness'];

describe('the courier unable to find the place', () => {
  it('is delivery, and the calls it took are no responsiveness', () => {
    expect(types('味道挺好,就是送餐员找不到我们小区,绕了好大一圈')).toEqual(['delivery']);
    expect(types('送餐的找不到地方 打了五六个电话 晚了四十分钟')).toEqual(['delivery']);
    expect(typesForCourierLost([], '饭菜很香 骑手可能不认识路 多绕了十几分钟', DEFAULT_TYPES).map((t) => t.type)).toEqual(['delivery']);
  });

  it('is none by this rule in a hotel, for the customer lost, or without the type', () => {
    expect(typesForCourierLost([], '酒店的送餐员找不到房间，敲错了门', DEFAULT_TYPES)).toEqual([]);
    expect(typesForCourierLost([], '我找不到地方，在商场里转了好久', DEFAULT_TYPES)).toEqual([]);
    expect(typesForCourierLost([], '骑手找不到路', ['responsiveness'])).toEqual([]);
  });
});
