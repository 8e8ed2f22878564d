import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a wait where the customer is served in person', () => {
  it('is no delivery when nothing is delivered', () => {
    expect(types('餐厅环境不错，就是上饭的速度有点慢')).not.toContain('delivery');
  });

  it('leaves a late delivery delivery', () => {
    expect(types('外卖等了一个半小时才送到')).toContain('delivery');
    expect(types('在酒店房间点的外卖，骑手送了一个半小时，饭都凉了')).toContain('delivery');
  });
});
