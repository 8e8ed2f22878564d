import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForAppFault } from '../../shared/classify/app-fault.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForAppFault([], text, ['digital_experience']).map((t) => t.type);

// The guide: the company's app or online system misbehaving is digital_experience, named even in a satisfied review.
describe("an app's fault told in passing", () => {
  it('is digital_experience beside praise', () => {
    expect(types('支付宝很方便，水电燃气都能交，就是有时候页面加载有点慢')).toContain('digital_experience');
    expect(types('验证码有时候要等一两分钟才收到，其他都挺好用的')).toContain('digital_experience');
    expect(types('打车软件定位有时候不准，司机要打电话确认，不过车来得很快，司机也很礼貌')).toContain('digital_experience');
    expect(ruleTypes('这个app什么都好，就是开屏广告太多了还关不掉')).toEqual(['digital_experience']);
    expect(ruleTypes('app更新以后找不到订单入口了，改得乱七八糟')).toEqual(['digital_experience']);
    expect(ruleTypes('这次更新以后卡到爆，点一下要反应半天')).toEqual(['digital_experience']);
    expect(ruleTypes('充电宝租借显示归还失败，一直在计费')).toEqual(['digital_experience']);
    expect(ruleTypes('自动扣款失败了也不通知，直接给我记了逾期')).toEqual(['digital_experience']);
    expect(ruleTypes('新版界面太丑了，字还小')).toEqual(['digital_experience']);
  });

  it('is none by this rule when denied, or the connection (网速, wifi) or a device bought is what is slow', () => {
    expect(ruleTypes('页面一点也不卡，用着很顺')).toEqual([]);
    expect(ruleTypes('开了年费还是一堆开屏广告')).toEqual([]);
    expect(ruleTypes('APP里明明写着银卡可以用')).toEqual([]);
    expect(ruleTypes('进去只有淋浴，柜台说是系统显示错误')).toEqual([]);
    expect(ruleTypes('房间wifi太慢，网页半天打不开')).toEqual([]);
    expect(ruleTypes('卡片设计很好看，app卡券也好用')).toEqual([]);
    expect(ruleTypes('这个平板装了几个app就卡得要死')).toEqual([]);
    expect(ruleTypes('同时打开多个网页时会有些慢')).toEqual([]);
  });
});
