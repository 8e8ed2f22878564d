import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStaffUnprofessional } from '../../shared/classify/staff-unprofessional.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForStaffUnprofessional([], text, ['service_attitude']).map((t) => t.type);

// The guide: service_attitude is staff behaviour, unprofessional as well as rude.
describe('staff unprofessional on duty', () => {
  it('is service_attitude', () => {
    expect(types('门卫值班时间睡觉，快递都没人收')).toContain('service_attitude');
    expect(ruleTypes('装修师傅边干活边抽烟')).toEqual(['service_attitude']);
    expect(ruleTypes('抽血的护士扎了两针才扎上')).toEqual(['service_attitude']);
  });

  it('is none by this rule for the customer\'s own day or a fear', () => {
    expect(ruleTypes('上班前来吃个早餐，很方便')).toEqual([]);
    expect(ruleTypes('怕司机全程打电话，结果没有，开得很稳')).toEqual([]);
  });
});
