import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRepairLeft } from '../../shared/classify/repair-left.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForRepairLeft([], text, ['responsiveness']).map((t) => t.type);

// The guide: slow to fix a reported problem is responsiveness.
describe('a fault left unrepaired', () => {
  it('is responsiveness', () => {
    expect(types('健身房跑步机坏了好几台一直没修')).toContain('responsiveness');
    expect(ruleTypes('楼道的灯坏了半个月也没人来修')).toEqual(['responsiveness']);
  });

  it('is none by this rule for a repair refused, a fault mended, or one only supposed', () => {
    expect(ruleTypes('刚买了坏了也不给修好')).toEqual([]);
    expect(ruleTypes('空调坏了，师傅半小时就修好了')).toEqual([]);
    expect(ruleTypes('如果坏了没人修怎么办')).toEqual([]);
  });
});
