import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRepairFailed } from '../../shared/classify/repair-failed.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForRepairFailed([], text, ['product_quality']).map((t) => t.type);

// The guide: the thing bought is bad; when a repair or a service is bought, its failing is product_quality.
describe('a repair that did not hold', () => {
  it('is product_quality', () => {
    expect(types('冰箱修好没两天又坏了，白花钱')).toContain('product_quality');
    expect(ruleTypes('车保养完就有异响')).toEqual(['product_quality']);
    expect(ruleTypes('送修一个礼拜，拿回来还是掉电很快')).toEqual(['product_quality']);
  });

  it('is none by this rule for a repair that held, or one only supposed', () => {
    expect(ruleTypes('手机修好了，用着还是不错的')).toEqual([]);
    expect(ruleTypes('修完一切正常，师傅很专业')).toEqual([]);
    expect(ruleTypes('担心修好了又坏')).toEqual([]);
    expect(ruleTypes('房间空调不凉，前台说修好了，进去还是不凉')).toEqual([]);
  });
});
