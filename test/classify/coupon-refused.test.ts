import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCouponRefused } from '../../shared/classify/coupon-refused.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForCouponRefused([], text, ['misleading_promise']).map((t) => t.type);

// The guide: promised things not delivered (说好的…没有) are misleading_promise; a deal bought and refused is one.
describe('a group-buy deal refused at the shop', () => {
  it('is misleading_promise', () => {
    expect(types('团购的券到店说不能用，非要按原价付，体验很差')).toContain('misleading_promise');
    expect(types('菜还不错，就是买的美团代金券结账的时候老板说不给核销，只能付现金')).toContain('misleading_promise');
  });

  it('is none by this rule for the deal’s own terms, a lapsed voucher, an app or a supposition', () => {
    expect(ruleTypes('团购券不能与其他优惠同用，这个可以理解')).toEqual([]);
    expect(ruleTypes('团购券周末不能用，大家注意')).toEqual([]);
    expect(ruleTypes('我的券过期了用不了，怪我自己')).toEqual([]);
    expect(ruleTypes('本来担心团购券不能用，结果很顺利')).toEqual([]);
    expect(ruleTypes('在APP上领的券，付款时系统说用不了')).toEqual([]);
    expect(ruleTypes('团购套餐很划算，到店直接用，服务员很热情')).toEqual([]);
  });
});
