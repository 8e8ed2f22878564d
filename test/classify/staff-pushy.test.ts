import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStaffPushy } from '../../shared/classify/staff-pushy.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForStaffPushy([], text, ['service_attitude']).map((t) => t.type);

// The guide: staff behaviour that is unprofessional is service_attitude; pressing sales on the guest is.
describe('the staff pressing sales on the guest', () => {
  it('is service_attitude, beside praise of the dishes', () => {
    expect(types('菜品很新鲜，味道也很好，环境不错。就是服务员一直推销酒水，有点烦。')).toContain('service_attitude');
    expect(ruleTypes('结账的时候强行推销办卡，说了不要还一直说')).toEqual(['service_attitude']);
  });

  it('is none by this rule when denied, a dish recommended, or a website or friend recommending', () => {
    expect(ruleTypes('服务员不会一直推销，很舒服')).toEqual([]);
    expect(ruleTypes('服务员推荐了招牌菜，很好吃')).toEqual([]);
    expect(ruleTypes('网站一直推荐这本书，就买了')).toEqual([]);
    expect(ruleTypes('朋友一直推荐这家，终于来了')).toEqual([]);
  });
});

describe('sales pressed at every visit', () => {
  it('is service_attitude (每次上课都在推销课程)', () => {
    expect(types('健身房私教每次上课都在推销课程，练不到半小时就开始说要不要再买20节')).toContain('service_attitude');
    expect(ruleTypes('每次来都不推销，很舒服')).toEqual([]);
  });
});
