import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForAccountTaken } from '../../shared/classify/account-taken.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForAccountTaken([], text, ['privacy_security']).map((t) => t.type);

// The guide: personal-data misuse is privacy_security; an account used by someone else is, a warning against fraud is not.
describe('an account used by someone else', () => {
  it('is privacy_security', () => {
    expect(types('我的账号在异地被登录了，绑的卡被刷了三千，客服就让我等调查结果')).toContain('privacy_security');
    expect(ruleTypes('我的身份被冒用办了一张卡')).toEqual(['privacy_security']);
  });

  it('is none by this rule when denied or advised against', () => {
    expect(ruleTypes('开了双重验证，防止账号被盗')).toEqual([]);
    expect(ruleTypes('账号没有被盗，是我自己忘了密码')).toEqual([]);
  });
});

describe('staff warning the customer against fraud', () => {
  it('is no privacy_security', () => {
    expect(types('银行工作人员态度很好，帮我把挂失的卡补办了，还提醒我注意诈骗')).not.toContain('privacy_security');
  });
});
