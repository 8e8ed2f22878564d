import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a kitchen slow to have the order ready', () => {
  it('is responsiveness, not delivery', () => {
    const found = types('饭菜还可以，就是出餐慢，我等了快一个小时骑手才取到餐');
    expect(found).toContain('responsiveness');
    expect(found).not.toContain('delivery');
  });

  it('keeps delivery when the trip is at fault too', () => {
    expect(types('出餐太慢了，骑手在店里等了四十分钟，送到以后面都坨了，汤也凉了')).toContain('delivery');
  });
});

describe('the rider cleared and the shop blamed', () => {
  it('is the kitchen slow (出单太慢, 不怪骑手，是商家的问题), not delivery', () => {
    const found = types('出单太慢了，骑手在店里等了二十分钟，不怪骑手，是商家的问题，人家小哥一直道歉');
    expect(found).toContain('responsiveness');
    expect(found).not.toContain('delivery');
  });
});
