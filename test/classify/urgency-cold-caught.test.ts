import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });

describe('a cold or a fever the room gave (暖气坏了…第二天就感冒发烧了)', () => {
  it('is urgent, the reason naming the illness', () => {
    for (const text of ['热水时有时无，洗到一半变冷水，第二天就发烧了', '暖气坏了，冻得睡不着，第二天孩子就感冒了', '空调一直吹冷风关不掉，结果我们三个都感冒了']) {
      const result = read(text);
      expect(result.urgent, text).toBe(true);
      expect(result.urgentReason, text).toBeDefined();
    }
  });

  it('is not urgent when the cold was the customer’s before, or nothing of the room caused it', () => {
    for (const text of ['感冒了，点了碗热汤面，味道不错', '凌晨一点发烧，打前台借了个体温计，服务很好', '孩子感冒了，前台送来了姜茶，很贴心']) expect(read(text).urgent, text).toBe(false);
  });
});
