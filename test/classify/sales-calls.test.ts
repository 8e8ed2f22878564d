import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSalesCalls } from '../../shared/classify/sales-calls.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForSalesCalls([], text, ['privacy_security']).map((t) => t.type);

// The guide: harassment calls (骚扰电话) are privacy_security; a carrier's or a bank's unwanted sales calls and texts are.
describe('unsolicited sales calls and marketing texts', () => {
  it('are privacy_security', () => {
    expect(types('天天给我打电话推销升级套餐，拒绝了还打，一天三个，烦不烦')).toContain('privacy_security');
    expect(types('每天都收到贵银行的营销短信，退订了也没用，回复TD还是继续发')).toContain('privacy_security');
    expect(ruleTypes('一天接到好几个推销贷款的电话')).toEqual(['privacy_security']);
    expect(ruleTypes('用了这个app以后，各种贷款短信就来了')).toEqual(['privacy_security']);
    expect(ruleTypes('我刚在官网留了电话，马上就有好几个销售打电话来')).toEqual(['privacy_security']);
    expect(ruleTypes('贷款被拒了，结果第二天就有好几家贷款公司打电话给我')).toEqual(['privacy_security']);
    expect(ruleTypes('我的信息肯定被卖了')).toEqual(['privacy_security']);
  });

  it('are none by this rule when denied or only feared', () => {
    expect(ruleTypes('办完卡以后也没有推销电话，很清净')).toEqual([]);
    expect(ruleTypes('客服不会打电话推销，这点很好')).toEqual([]);
    expect(ruleTypes('怕接到推销电话所以没留号码')).toEqual([]);
    expect(ruleTypes('设有短信防火墙，可以过滤垃圾短信')).toEqual([]);
    expect(ruleTypes('凌晨一点打电话问我要不要续住')).toEqual([]);
  });
});
