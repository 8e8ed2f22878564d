import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe('harm told after a mild contrast (就是, 只是, 唯一, 可惜) is the fault of the review', () => {
  it('reports the harm as urgent and the review as negative however warm the praise before it', () => {
    for (const text of [
      '前台挺热情，就是床上有虫子，被咬了好多包',
      '服务员很热情，就是浴室太滑，我妈摔了一跤',
      '米线很香，就是吃完晚上呕吐',
      '位置很方便，只是床单下面有跳蚤，孩子身上被咬了好多包',
      '炸鸡很脆，可惜吃完一家人都拉肚子了',
    ]) {
      const result = classify(text);
      expect(result.urgent, text).toBe(true);
      expect(result.sentiment.label, text).toBe('negative');
    }
  });

  it('keeps harm denied, feared or joked about out of it', () => {
    for (const text of ['味道很好，吃完也没拉肚子，放心', '很好吃，就是怕吃多了拉肚子哈哈', '房间很好，唯一担心的是浴室地滑，老人容易摔倒']) {
      const result = classify(text);
      expect(result.urgent, text).toBe(false);
      expect(result.sentiment.label, text).toBe('positive');
    }
  });

  it('is no retching told as a degree (难吃到想呕吐), after a turn or not', () => {
    for (const text of ['难吃到想呕吐', '看着就想呕吐', '环境还可以，就是菜难吃到呕吐', '服务还行，就是这味道恶心得想呕吐']) expect(classify(text).urgent, text).toBe(false);
  });
});
