import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a short message naming only a fault', () => {
  it('is negative though the model, trained on products, leans on words that praise a product (很大, 有点小)', () => {
    for (const text of ['油很大', '给错了口味', '房间有点小', '包装有点简陋', '油很大。', '房間有點小'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('leaves praise, a fault denied, or more than one clause to the model', () => {
    for (const text of ['好吃到哭😭😭', '没毛病', '味道还可以，就是有点油', '分量很足，就是稍微有点咸', '隔音差点，别的都没毛病，老板人实在'])
      expect(sentiment(text), text).toBe('positive');
  });
});
