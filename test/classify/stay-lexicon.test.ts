import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

// Sleep lost, a sore back from the bed, a smell told as 一股味道: the stay's harm, negative however mildly the rest closes.
describe('sleep lost or a sore back from the bed', () => {
  it('is negative, a closing 其他还好 notwithstanding', () => {
    for (const text of ['床垫太软了，睡得腰疼，枕头也一股味道，其他还好', '床垫软塌塌的，睡了两晚腰疼，其他还好', '床墊太軟，睡得腰疼，枕頭也有一股味道，其他還好']) {
      expect(sentiment(text), text).toBe('negative');
    }
  });

  it('leaves praise of a good night positive', () => {
    for (const text of ['床很软，睡得很好', '隔音不错，一觉睡到天亮', '床很舒服，腰疼的老毛病都没犯']) {
      expect(sentiment(text), text).toBe('positive');
    }
  });
});

describe('a price called fair, a stay recommended with reserve (价格还算合理, 可以考虑)', () => {
  it('is positive', () => {
    for (const text of ['可以考虑，价格还算合理', '下次出差可以考虑', '價格合理，可以考慮']) {
      expect(sentiment(text), text).toBe('positive');
    }
  });

  it('is negative when the price is denied fair', () => {
    for (const text of ['价格不太合理', '收费不合理，太坑了', '房费一点都不合理']) {
      expect(sentiment(text), text).toBe('negative');
    }
  });
});

describe('slow handling said as low efficiency (前台办事效率低)', () => {
  it('is negative', () => {
    for (const text of ['前台办事效率低', '櫃檯辦事效率很低', '效率太低了，办个入住半小时']) {
      expect(sentiment(text), text).toBe('negative');
    }
  });

  it('leaves high or undenied efficiency positive', () => {
    for (const text of ['前台效率很高，几分钟就办好了', '办事效率不低，挺快的']) {
      expect(sentiment(text), text).toBe('positive');
    }
  });
});
