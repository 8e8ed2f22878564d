import { describe, expect, it } from 'vitest';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForNothingDelivered } from '../../shared/classify/nothing-delivered.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const MODEL_SAID: ComplaintTypeScore[] = [
  { type: 'environment', confidence: 0.7, phrases: ['电梯'], problem: false },
  { type: 'delivery', confidence: 0.6, phrases: ['慢'], problem: true },
];

// The guide: delivery is getting the order to the customer; a slow lift or slow hot water is the premises (environment).
describe('the lift or the hot water said slow', () => {
  it('is environment, no delivery', () => {
    for (const text of ['還不錯 就是電梯有點慢', '还行 热水来得有点慢', '一般 电梯有点慢', '还可以 就是电梯有点慢']) {
      const found = types(text);
      expect(found, text).toContain('environment');
      expect(found, text).not.toContain('delivery');
    }
  });

  it('keeps delivery when something was brought (骑手, 外卖, 快递) or a water heater was bought', () => {
    for (const text of ['骑手说电梯坏了 送得好慢', '外卖到楼下 电梯太慢 汤都凉了', '热水器快递太慢了 等了一个星期', '买的热水器到得太慢了']) {
      expect(typesForNothingDelivered(MODEL_SAID, text).map((t) => t.type), text).toContain('delivery');
    }
  });
});
