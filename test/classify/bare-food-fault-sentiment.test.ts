import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a food fault said bare, with no word of judgement', () => {
  it('reads a fishy, gamy, too spicy, cloying or too soft dish as a complaint', () => {
    for (const text of ['虾仁有点腥', '鱼汤有股腥味', '羊肉串一股膻味', '凉拌鸡太辣', '酸辣粉太辣了 吃两口就放下了', '蛋糕甜得齁人', '面条太软', '鴨翅有點腥'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps the fault denied, spice enjoyed or a herb named as praise', () => {
    for (const text of ['鱼一点都不腥 好吃', '羊肉一点都不膻 推荐', '很辣很过瘾', '不会太辣 刚好', '鱼腥草拌得好吃', '麻辣烫太辣了，不过味道还是不错的'])
      expect(sentiment(text), text).toBe('positive');
  });
});
