import { describe, expect, it } from 'vitest';
import { typesForRemedyWithheld } from '../../shared/classify/remedy-withheld.ts';

const ruleTypes = (text: string) => typesForRemedyWithheld([], text, ['after_sales']).map((t) => t.type);

// The guide: a refund or compensation refused (退款不退) is after_sales, a prepaid card's or an insurer's as much as a shop's.
describe("a prepaid service's refund or an insurer's pay-out refused", () => {
  it('is after_sales', () => {
    expect(ruleTypes('游泳卡办的时候说能退，现在要退说不行')).toEqual(['after_sales']);
    expect(ruleTypes('机构答应没过就退费，结果退费也不退')).toEqual(['after_sales']);
    expect(ruleTypes('买的时候说啥都保，出险了这也不赔那也不赔')).toEqual(['after_sales']);
  });

  it('is none by this rule for a refund given or only asked about', () => {
    expect(ruleTypes('要退的时候很顺利，第二天就到账了')).toEqual([]);
    expect(ruleTypes('如果想退说不行怎么办')).toEqual([]);
  });
});
