import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { exceptVerdict } from '../../shared/classify/except-verdict.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a verdict by exception (除了贵，没别的毛病; 除了位置好，找不到其他优点)', () => {
  it('is praise when the one thing excepted is a fault', () => {
    for (const text of [
      '除了贵，没别的毛病。',
      'wifi死活连不上，晚上要开视频会，前台让我重启路由器，重启三次还是不行最后开的手机热点。除了这个其他都挺好',
      '除了早餐品种少一点，其他都很满意',
      '除了停车不方便以外，別的都不錯',
    ]) expect(sentiment(text), text).toBe('positive');
  });

  it('is a complaint when the one thing excepted is a virtue', () => {
    for (const text of ['除了位置好，找不到其他优点了。', '除了便宜没有任何优点', '房间又小又吵，除了离地铁近，其他都不行']) expect(sentiment(text), text).toBe('negative');
  });

  it('reads only the closing sentence, and not what is merely left out (除了…什么都没有)', () => {
    expect(exceptVerdict('除了这个其他都挺好。但是后来空调坏了，一晚上没睡，再也不来了')).toBeUndefined();
    expect(exceptVerdict('周围除了工厂什么都没有')).toBeUndefined();
  });
});
