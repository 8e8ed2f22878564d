import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCourierAtFault } from '../../shared/classify/courier-at-fault.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness'];

describe('a negative message whose only actor is the courier (外卖小哥找不到地方)', () => {
  it('is delivery', () => {
    expect(types('外卖小哥找不到地方，打了好几个电话')).toEqual(['delivery']);
    expect(types('骑手接了单就不管了')).toEqual(['delivery']);
  });

  it("is delivery for Taiwan's courier (外送员, 外送师, 外送的), the text folded to simplified characters", () => {
    const added = (text: string) => typesForCourierAtFault([], text, true, DEFAULT_TYPES).map((t) => t.type);
    expect(added('外送员绕了半天才找到地方')).toEqual(['delivery']);
    expect(added('那个外送的一直不接电话')).toEqual(['delivery']);
    expect(added('外送小哥把东西挂在门把上')).toEqual(['delivery']);
    expect(added('外送师晚了二十分钟才到')).toEqual(['delivery']);
  });

  it('is none by this rule for a courier praised, the kitchen or the merchant named, or a message not negative', () => {
    expect(typesForCourierAtFault([], '骑手很快，可惜这次没胃口', true, DEFAULT_TYPES)).toEqual([]);
    expect(typesForCourierAtFault([], '出餐太磨蹭，骑手等了半天', true, DEFAULT_TYPES)).toEqual([]);
    expect(typesForCourierAtFault([], '商家说是骑手拿错了', true, DEFAULT_TYPES)).toEqual([]);
    expect(typesForCourierAtFault([], '骑手找不到地方，我下楼接了一下', false, DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForCourierAtFault([], '骑手接了单就不管了', true, ['responsiveness'])).toEqual([]);
  });
});
