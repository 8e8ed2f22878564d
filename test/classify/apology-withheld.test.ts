import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForApologyWithheld } from '../../shared/classify/apology-withheld.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForApologyWithheld([], text, ['service_attitude']).map((t) => t.type);

// The guide: service_attitude is staff behaviour (cold, unprofessional); 不道歉 denied the phrase 道歉 instead.
describe('an apology withheld', () => {
  it('is service_attitude', () => {
    expect(types('差评！送餐员把汤洒了还不道歉')).toContain('service_attitude');
    expect(types('迟到了半小时也不道歉')).toContain('service_attitude');
    expect(types('送错了也没道歉')).toContain('service_attitude');
    expect(types('不道歉还骂人')).toContain('service_attitude');
    expect(types('晚了四十分钟，没有一句道歉')).toContain('service_attitude');
  });

  it('is none by this rule for an apology given, not needed, useless, or the customer’s own', () => {
    expect(ruleTypes('骑手迟到了但是一直道歉，理解')).toEqual([]);
    expect(ruleTypes('不用道歉，没关系')).toEqual([]);
    expect(ruleTypes('送晚了，小哥不停道歉，没事')).toEqual([]);
    expect(ruleTypes('商家连声道歉还补了一份')).toEqual([]);
    expect(ruleTypes('骑手连连道歉，算了')).toEqual([]);
    expect(ruleTypes('道歉也没用，饭都凉了')).toEqual([]);
    expect(ruleTypes('我不道歉，本来就不是我的错')).toEqual([]);
    expect(ruleTypes('再也不买了 《某乳企回应过期奶不道歉遭质疑》')).toEqual([]);
  });
});
