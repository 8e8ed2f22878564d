import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemedyWithheld } from '../../shared/classify/remedy-withheld.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForRemedyWithheld([], text, ['after_sales']).map((t) => t.type);

// The guide: compensation is after_sales; one cut down to a token sum, or a claim made a chore, is the remedy withheld in part.
describe('a compensation cut down to a token sum, or a claim made a chore', () => {
  it('is after_sales beside the fault', () => {
    expect(types('行李箱到了轮子掉了一个，侧面裂了个大口子，找地服说只能赔200')).toContain('after_sales');
    expect(types('寄的陶瓷杯子到了碎成渣了，理赔还要我自己拍照证明这证明那，麻烦死了')).toContain('after_sales');
    expect(ruleTypes('行李晚到了两天，航司只给了100块的补偿，太敷衍')).toEqual(['after_sales']);
    expect(ruleTypes('保价了也只肯赔运费的三倍')).toEqual(['after_sales']);
  });

  it('is none by this rule for a sum of another kind or a claim that went well', () => {
    expect(ruleTypes('只要了一份米饭，两块钱')).toEqual([]);
    expect(ruleTypes('理赔很快，三天就到账了')).toEqual([]);
    expect(ruleTypes('只能住三晚，下次再来')).toEqual([]);
    expect(ruleTypes('跟前台理论，最后只能付了十五块')).toEqual([]);
  });
});

describe('a refund cut by a fee (退卡扣了百分之三十手续费)', () => {
  it('is after_sales', () => {
    expect(ruleTypes('瑜伽馆退卡扣了百分之三十手续费，合同里根本没写')).toEqual(['after_sales']);
  });
});
