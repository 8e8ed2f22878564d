import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('money said lost on the stay or the meal (有点亏, 太亏了, 血亏)', () => {
  it('is a fault that a closing kind word does not outweigh', () => {
    for (const text of ['说实话这个价格住这样的房间有点亏，设施老化，浴室门都关不上。服务还算热情吧。', '这个价格住这种房间，血亏']) {
      expect(sentiment(text), text).toBe('negative');
    }
  });

  it('is not 多亏 or 幸亏 (thanks to)', () => {
    expect(sentiment('多亏了前台小姐姐帮忙，找回了钱包，很感谢')).toBe('positive');
    expect(sentiment('幸亏提前订了，房间很好')).toBe('positive');
  });
});
