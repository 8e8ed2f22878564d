import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForGivenWrong } from '../../shared/classify/given-wrong.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForGivenWrong([], text, ['order_accuracy']).map((t) => t.type);

// The guide: a wrong item is order_accuracy (送错); 给错, 搞错 and 弄错 say it as well.
describe('an item given or made up wrong', () => {
  it('is order_accuracy', () => {
    expect(types('给错了口味')).toContain('order_accuracy');
    expect(types('口味搞错了')).toContain('order_accuracy');
    expect(types('饮料给错了，我要的是可乐')).toContain('order_accuracy');
    expect(types('酱料配错了，味道很怪')).toContain('order_accuracy');
  });

  it('is none by this rule for a place, money, the customer’s own mistake or a fear', () => {
    expect(ruleTypes('骑手搞错地址了')).toEqual([]);
    expect(ruleTypes('找零给错了')).toEqual([]);
    expect(ruleTypes('是我自己搞错了，不怪商家')).toEqual([]);
    expect(ruleTypes('怕给错特意打电话确认，很细心')).toEqual([]);
    expect(ruleTypes('点了五份，一份都没给错')).toEqual([]);
  });
});
