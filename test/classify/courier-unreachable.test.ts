import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCourierUnreachable, typesForCourierUnreachableNotTheBusiness } from '../../shared/classify/courier-unreachable.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForCourierUnreachable([], text, ['delivery', 'responsiveness']).map((t) => t.type);

// The guide: courier behaviour is delivery; the business's own phone unanswered is responsiveness.
describe('the courier out of reach', () => {
  it('is delivery, not responsiveness', () => {
    expect(types('骑手电话打不通')).toEqual(['delivery']);
    expect(types('骑手联系不上，饭也不知道送哪去了')).toEqual(['delivery']);
    expect(types('一直联系不上骑手')).toContain('delivery');
  });

  it('keeps responsiveness when the business is named too, and names nothing for the customer’s phone or a hotel', () => {
    const slow = [{ type: 'responsiveness', confidence: 0.8, phrases: [], problem: true }];
    expect(typesForCourierUnreachableNotTheBusiness(slow, '骑手电话打不通，商家电话也没人接')).toEqual(slow);
    expect(ruleTypes('骑手打不通我的电话，是我手机没信号')).toEqual([]);
    expect(ruleTypes('骑手很准时，电话也打得通')).toEqual([]);
    expect(ruleTypes('酒店送餐员电话打不通')).toEqual([]);
  });
});
