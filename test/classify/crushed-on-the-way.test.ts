import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCrushedOnTheWay } from '../../shared/classify/crushed-on-the-way.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForCrushedOnTheWay([], text, ['delivery']).map((t) => t.type);

// The guide: food spoilt because of transport is delivery, as 洒了 is.
describe('the order crushed, toppled or jumbled when it came', () => {
  it('is delivery', () => {
    expect(types('蛋糕送来都塌了')).toContain('delivery');
    expect(types('汉堡压得稀巴烂')).toContain('delivery');
    expect(types('饭盒压变形了，菜洒出来一点')).toContain('delivery');
    expect(types('披萨都歪到一边了')).toContain('delivery');
    expect(types('饭菜混在一起了，没法看')).toContain('delivery');
  });

  it('is none by this rule when denied or feared, in a hotel, or not food', () => {
    expect(ruleTypes('包装很好，蛋糕一点没压坏')).toEqual([]);
    expect(ruleTypes('怕压扁特意备注了，结果完好')).toEqual([]);
    expect(ruleTypes('土豆压成泥拌饭很香')).toEqual([]);
    expect(ruleTypes('电梯里人挤成一团')).toEqual([]);
    expect(ruleTypes('酒店的床垫塌了一块')).toEqual([]);
    expect(ruleTypes('客房送餐的蛋糕都歪了')).toEqual([]);
  });
});
