import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSalesClaimBelied } from '../../shared/classify/sales-claim-belied.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForSalesClaimBelied([], text, ['misleading_promise']).map((t) => t.type);

// The guide: promised things not delivered are misleading_promise (说好的…没有); a claim made at the sale, then belied, is one.
describe('what the seller said at the sale, then belied', () => {
  it('is misleading_promise', () => {
    expect(types('办卡的时候说不满意随时退，真要退了就各种理由推脱')).toContain('misleading_promise');
    expect(ruleTypes('买的时候说终身保修，现在坏了又说配件不保')).toEqual(['misleading_promise']);
  });

  it('is none by this rule for a price or a promotion, or a claim kept', () => {
    expect(ruleTypes('买的时候说没优惠，第二天就有优惠了')).toEqual([]);
    expect(ruleTypes('购买时说什么六一八活动，结果还被坑')).toEqual([]);
    expect(ruleTypes('办卡的时候说可以随时停卡，停了两次都很顺利')).toEqual([]);
  });
});
