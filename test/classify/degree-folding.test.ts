import { describe, expect, it } from 'vitest';
import { foldDegrees } from '../../shared/classify/zh-clauses.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

describe('degree adverbs as the models read them', () => {
  it('reads 好 before a fault or an amount as 很, keeping its length, and leaves praise and 好多了 alone', () => {
    expect(foldDegrees('送了好久才到')).toBe('送了很久才到');
    expect(foldDegrees('比以前小了好多')).toBe('比以前小了很多');
    expect(foldDegrees('价格贵好多')).toBe('价格贵很多');
    expect(foldDegrees('特别慢')).toBe('很很慢');
    for (const praise of ['好吃', '好评', '比上次好多了', '好看']) expect(foldDegrees(praise)).toBe(praise);
  });

  it('no longer reads a long wait or a price rise as praise', () => {
    const classifier = createLocalClassifier();
    expect(classifier.classifySync({ text: '价格比店里贵好多' }).sentiment.label).toBe('negative');
    expect(classifier.classifySync({ text: '送了好久才到' }).sentiment.label).not.toBe('positive');
  });
});
