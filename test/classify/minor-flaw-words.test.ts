import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe('words that announce the one flaw of a satisfied review', () => {
  it('read 唯独, 不足的是 and 不足之处 as 就是 is read: the flaw after them weighs less than the praise', () => {
    expect(classify('房间大，床舒服，唯独网速很慢').explanations).toContain('contrast "唯独": the clause after it weighs less (a minor flaw)');
    expect(classify('前台热情，房间宽敞，不足的是停车位太难找了').explanations).toContain('contrast "不足的是": the clause after it weighs less (a minor flaw)');
    expect(classify('菜好吃，上菜也快，不足之处是包间有点吵').explanations).toContain('contrast "不足之处": the clause after it weighs less (a minor flaw)');
  });

  it('leave the flaw a flaw: 不足 does not negate the fault word after it', () => {
    // 不 of 不足 was read as a negator, and "不足的是隔音差" as praise (+0.9).
    expect(classify('不足的是隔音差了点').sentiment.label).toBe('negative');
    expect(classify('房间干净，服务也好，不足的是隔音差了点').sentiment.label).toBe('positive');
  });
});

describe('food the customer could not eat, after a mild contrast', () => {
  it('is what the order came to, not a minor flaw (送得倒是挺快 可惜菜太咸 吃不下去)', () => {
    expect(classify('送得倒是挺快 可惜菜太咸 吃不下去').sentiment.label).toBe('negative');
    expect(classify('苹果感觉没法吃,幸亏猕猴桃还不错。').sentiment.label).toBe('negative');
  });
});
