import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('takeaway slang and emoji verdicts', () => {
  it('reads the slang for the best as praise', () => {
    for (const text of ['永远的神', '这家烧烤永远的神', '一生推', '种草这家很久了', '炸鸡一生推 每周都点']) expect(sentiment(text), text).toBe('positive');
  });

  it('reads food said past eating as a complaint', () => {
    for (const text of ['好好一只鸡做成了黑暗料理', '糊得没法吃', '咸到没办法吃', '狗都不吃的炒面', '米饭硬得难以入口']) expect(sentiment(text), text).toBe('negative');
  });

  it('reads food called unfit for people or gutter oil as a complaint, a price called inflated too', () => {
    for (const text of ['这是人吃的？', '这炒饭是给人吃的吗', '油是地沟油吧', '一股地沟油味', '这家价格虚高', '價格虛高']) expect(sentiment(text), text).toBe('negative');
  });

  it('reads an emoji-only review by the emoji, the newer ones included', () => {
    expect(sentiment('🥰🥰🥰')).toBe('positive');
    expect(sentiment('🤩')).toBe('positive');
    expect(sentiment('🤮🤮')).toBe('negative');
    expect(sentiment('🤢')).toBe('negative');
    expect(sentiment('🔥🔥')).toBe('positive');
    expect(sentiment('💯')).toBe('positive');
  });

  it('reads 离大谱 (absurd) as a complaint, 好家伙 (a gasp) as no praise', () => {
    expect(sentiment('离大谱')).toBe('negative');
    expect(sentiment('離大譜 又漏了一杯')).toBe('negative');
    expect(sentiment('好家伙，一份炒粉要四十八')).toBe('negative');
  });

  it('keeps 拔草 (put off) and a denied inedibility as they were', () => {
    expect(sentiment('拔草了 不会再点')).toBe('negative');
    expect(sentiment('还以为会辣得没法吃，结果刚刚好，很好吃')).toBe('positive');
  });
});
