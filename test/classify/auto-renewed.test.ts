import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForAutoRenewed } from '../../shared/classify/auto-renewed.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForAutoRenewed([], text, ['price_billing']).map((t) => t.type);

// The guide: unexpected fees are price_billing; a renewal charged without the customer's leave is one.
describe("a renewal charged without the customer's leave", () => {
  it('is price_billing', () => {
    expect(types('宽带到期了我说不续了，结果他们自动给我续了一年还扣了钱，打客服说不能退')).toContain('price_billing');
    expect(ruleTypes('视频会员自动续费了也没提醒')).toEqual(['price_billing']);
    expect(ruleTypes('存款到期自动转存了，利率低了一大截，也没人通知我')).toEqual(['price_billing']);
  });

  it('is none by this rule when turned off, explained or denied', () => {
    expect(ruleTypes('营业厅的小哥还教我怎么关掉自动续费的业务，没有扣一分钱，点赞')).toEqual([]);
    expect(ruleTypes('买的时候说明了不会自动续费，到期就停，没扣钱')).toEqual([]);
    expect(ruleTypes('自动续费挺方便的，省得每个月去充')).toEqual([]);
    expect(ruleTypes('柜员还主动提醒我把绑定的自动扣款解绑，很专业')).toEqual([]);
  });
});
