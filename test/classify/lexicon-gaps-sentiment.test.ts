import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('a suspicion asked (是不是…了), which asserts the fault rather than denying it', () => {
  it('reads the fault as a complaint', () => {
    for (const text of ['鸡排硬得咬不动，是不是放太久了', '奶茶酸酸的，牛奶是不是放太久了', '这个肉是不是不新鲜了'])
      expect(sentiment(text), text).toBe('negative');
  });

  it('keeps 不是 a negation where it stands alone', () => {
    for (const text of ['不是很贵，味道也好', '送得很快，不是很辣，刚好'])
      expect(sentiment(text), text).toBe('positive');
  });
});

describe('reduplicated descriptions (黑乎乎, 软塌塌, 香喷喷)', () => {
  it('read by their meaning, not their first character', () => {
    for (const text of ['饼烤得黑乎乎的', '薯条软塌塌的', '毛巾湿漉漉的，床单皱巴巴的', '牛肉干巴巴的'])
      expect(sentiment(text), text).toBe('negative');
    for (const text of ['香喷喷的', '热腾腾的送到了']) expect(sentiment(text), text).toBe('positive');
  });
});
