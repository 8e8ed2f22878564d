import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type) };
};

describe('a fear or an expectation settled by a turn (担心…，结果…; 以为…，结果…)', () => {
  it.each(['订的时候还担心照片是修过的 到了发现实物比照片还好看', '本来怕送过来凉了，结果保温袋裹得严严实实，到手还烫嘴', '一开始担心外卖的刺身不新鲜 到了发现装在冰袋上 甜虾三文鱼都很鲜 放心了'])(
    '%s: the fear belied is praise, not the fault it names',
    (text) => expect(classify(text)).toEqual({ sentiment: 'positive', types: [] }),
  );

  it.each([
    ['怕送到凉了，结果真的凉透了', 'delivery'],
    ['以为会很安静，结果楼下KTV一直吵到凌晨两点', 'environment'],
    ['以为会很好吃，结果很难吃', 'product_quality'],
  ])('%s: a fear met, or an expectation let down, stays a complaint', (text, type) => {
    expect(classify(text).sentiment).toBe('negative');
    expect(classify(text).types).toContain(type);
  });

  it('takes 恐怕 (probably) and 哪怕 (even if) for no fear: a verdict of not coming back is no fear belied', () => {
    expect(classify('恐怕以后都不会来了，其实菜还行').sentiment).not.toBe('positive');
  });
});
