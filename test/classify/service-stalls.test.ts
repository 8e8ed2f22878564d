import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemedyWithheld } from '../../shared/classify/remedy-withheld.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForRemedyWithheld([], text, ['after_sales']).map((t) => t.type);

// The guide: complaints not resolved by customer service are after_sales; service that only stalls or waves the fault off, or an appeal turned down, resolves nothing.
describe('customer service that only stalls or waves the fault off, or an appeal turned down', () => {
  it('is after_sales', () => {
    expect(types('极兔快递一个件在转运中心躺了五天不动，物流信息一直不更新，问客服就说让我耐心等待')).toContain('after_sales');
    expect(types('登录一直提示账号异常，申诉了三次都没通过，账户里还有几百块余额')).toContain('after_sales');
    expect(types('冰箱用了半年就开始嗡嗡响，声音大得晚上睡不着，找客服说这是正常现象')).toContain('after_sales');
    expect(ruleTypes('寄了个花瓶，到了瓶口摔掉一块，快递公司还说包装不合格不赔')).toEqual(['after_sales']);
    expect(ruleTypes('客服态度不错，但解决不了问题，一直让我等')).toEqual(['after_sales']);
    expect(ruleTypes('用了三年的账号突然被封了，申诉也没有任何回复')).toEqual(['after_sales']);
    expect(ruleTypes('人工客服只会照着稿子念，什么都解决不了')).toEqual(['after_sales']);
    expect(ruleTypes('托运的箱子被摔坏了一个角，航空公司说不在赔偿范围内')).toEqual(['after_sales']);
  });

  it('is none by this rule for a wait explained once, an appeal granted, or 正常 as usually', () => {
    expect(ruleTypes('申诉第二天就通过了，账号恢复了')).toEqual([]);
    expect(ruleTypes('客服说正常三天内到账，果然第二天就到了')).toEqual([]);
    expect(ruleTypes('銀行的理專講得天花亂墜說穩賺不賠，買了之後一直虧')).toEqual([]);
    expect(ruleTypes('退房时说我们弄坏了杯子要赔八十，说不赔就不退押金')).toEqual([]);
  });
});
