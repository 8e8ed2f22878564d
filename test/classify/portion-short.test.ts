import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPortionSmall } from '../../shared/classify/portion-small.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForPortionSmall([], text, ['product_quality']).map((t) => t.type);

// The guide: 量少, 分量不足 are product_quality; takeaway reviews write 份量 as often as 分量, and 不多, 不大 as often as 少.
describe('the portion said short in so many words', () => {
  it('is product_quality', () => {
    expect(types('份量不足')).toContain('product_quality');
    expect(types('味道还行 量不多')).toContain('product_quality');
    expect(types('量不大，一个人都不够吃')).toContain('product_quality');
    expect(types('份量有点小，二十多块')).toContain('product_quality');
  });

  it('is none by this rule for an appetite, a portion just right, a condition or a question', () => {
    expect(ruleTypes('我饭量不大，一份够吃')).toEqual([]);
    expect(ruleTypes('我们量不大，点两个菜刚好')).toEqual([]);
    expect(ruleTypes('分量不大不小刚刚好')).toEqual([]);
    expect(ruleTypes('分量不多不少，刚好一个人')).toEqual([]);
    expect(ruleTypes('分量不够的话可以加饭')).toEqual([]);
    expect(ruleTypes('份量不大，建议两个人点三道菜')).toEqual([]);
    expect(ruleTypes('请问份量大吗？量不大吗？')).toEqual([]);
  });
});

describe('份量不足 in the sentiment', () => {
  it('reads negative, as 分量不足 does', () => {
    expect(classifier.classifySync({ text: '份量不足' }).sentiment.label).toBe('negative');
  });
});
