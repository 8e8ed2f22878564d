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

describe('a short message of clauses that only list faults', () => {
  it('is negative: each clause a fault, or one added with 也/还 (奶茶太甜了 珍珠也硬)', () => {
    for (const text of ['有点咸 有点油', '奶茶太甜了 珍珠也硬', '比图片小好多 还贵', '有点咸，有点油'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('is negative for two or three faults said mildly, in words the lexicon may not score (米饭有点干 菜有点淡)', () => {
    for (const text of ['米饭有点干 菜有点淡', '牛肉有点老 粉有点烂', '奶茶偏甜 冰块偏多', '份量小了点 价格高了点', '皮有点厚 馅有点少'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('leaves a longer list, mild praise beside a hedge, or slang praise to the model', () => {
    for (const text of ['有点脆,有点酸,感觉一般,有一个有点瑕疵', '稍微有点辣 适合我', '有点辣 但很好吃']) expect(sentiment(text), text).toBe('positive');
  });

  it('leaves a clause no lexicon scores without 也/还, a contrast, or no fault found to the model', () => {
    for (const text of ['速度可以 有点咸', '味道还可以，就是有点油', '刚收到，还没用。以后再评价'])
      expect(sentiment(text), text).toBe('positive');
  });
});

describe('a short message whose only fault a rule names, in words no lexicon scores', () => {
  it('is negative (骨头比肉多: the dish mostly filler)', () => {
    for (const text of ['骨头比肉多', '骨头比肉还多', '土豆比肉多', '配菜比肉多', '豆芽比鱼多'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('leaves praise beside it, or a message naming no fault, to the model', () => {
    for (const text of ['肉比骨头多 好吃', '肉很多 很香', '配菜比肉多 不过很好吃'])
      expect(sentiment(text), text).toBe('positive');
  });
});
