import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { serviceScene } from '../../shared/classify/service-scene.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the service scene', () => {
  it('is named by a stay, a meal out or a meal delivered, praise included', () => {
    expect(serviceScene('前台很热情，就是隔音太差')).toBe(1);
    expect(serviceScene('服务员上菜很快')).toBe(1);
    expect(serviceScene('外卖到了，汤洒了一半')).toBe(1);
    expect(serviceScene('这个充电宝太差了，用两天就坏')).toBe(0);
  });

  it('keeps a premises fault in a hotel from reading as the goods', () => {
    expect(types('前台很热情，就是隔音太差，整晚都睡不好')).toEqual(['environment']);
  });

  it('leaves product_quality to the food and the goods', () => {
    expect(types('酒店早餐太难吃了，鸡蛋都是冷的')).toContain('product_quality');
    expect(types('外卖小哥很准时，但是菜太咸了')).toContain('product_quality');
    expect(types('这个充电宝太差了，用两天就坏')).toContain('product_quality');
  });
});
