import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('meat said tough (柴, 老) or a connection that keeps dropping (老断)', () => {
  it('reads dry or tough meat and a dropping wifi as a complaint', () => {
    for (const text of ['以前很好吃，这次肉很柴', '鸡肉好柴', '牛肉有点老', '鸡胸肉太柴了', '牛肉炒得太老了', 'wifi老断', '网络经常断'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps meat denied tough, a dish named for firewood and an old shop as praise', () => {
    for (const text of ['牛肉一点都不柴 很嫩', '柴火鸡很好吃 推荐', '鸡肉不老 很嫩滑', '老字号了 味道一直很好', '老板人很好 好吃'])
      expect(sentiment(text), text).toBe('positive');
  });
});
