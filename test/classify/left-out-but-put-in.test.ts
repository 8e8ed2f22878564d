import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLeftOutButPutIn } from '../../shared/classify/left-out-but-put-in.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForLeftOutButPutIn([], text, ['order_accuracy']).map((t) => t.type);

// The guide: order_accuracy is the order not as asked (备注不要香菜 and it came with it).
describe('an ingredient asked to be left out and put in', () => {
  it('is order_accuracy', () => {
    expect(types('不要葱还放了葱')).toContain('order_accuracy');
    expect(types('不要香菜还放了香菜')).toContain('order_accuracy');
    expect(types('写了不放香菜，满满一层香菜')).toContain('order_accuracy');
    expect(types('选了不要香菜，结果全是香菜')).toContain('order_accuracy');
    expect(types('免辣还放辣')).toContain('order_accuracy');
  });

  it('is none by this rule for praise, a denial, or a wish for next time', () => {
    expect(ruleTypes('不要太好吃，下次还来，真的太好吃')).toEqual([]);
    expect(ruleTypes('不要葱，还真没放葱，细心')).toEqual([]);
    expect(ruleTypes('下次不要放葱了，还是葱味太重')).toEqual([]);
    expect(ruleTypes('不要钱还送了饮料，老板大气')).toEqual([]);
  });
});

describe('免 of a charge', () => {
  it('is no ingredient left out', () => {
    expect(ruleTypes('说好的免配送费，结果每单还是扣了配送费')).toEqual([]);
    expect(ruleTypes('问一下停车免费还是收费')).toEqual([]);
  });
});
