import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });
const types = (text: string) => read(text).complaintTypes.map((t) => t.type);

// 贵店, 贵平台, 贵公司 address the business politely; 贵 alone says "too expensive".
describe('the business addressed as 贵店/贵平台/贵公司', () => {
  it('prices nothing', () => {
    for (const text of [
      '我是贵店老客户，这次买的餐桌桌面有一道约5公分的裂缝，麻烦给个处理方案',
      '通过贵平台预订的高级大床房，到了给的是一楼停车场旁边的房间',
      '贵公司的客服电话一直打不通，打了一上午',
      '您好，想咨询一下贵酒店会议室的价格，下个月需要一间能坐30人的',
      '向贵司反映过三次了 师傅还是没上门',
    ])
      expect(types(text), text).not.toContain('price_billing');
    expect(read('您好，想咨询一下贵酒店会议室的价格，下个月需要一间能坐30人的').sentiment.label).toBe('neutral');
  });

  it('still prices when 贵 follows a word of degree or comes before 员 or 家', () => {
    for (const text of ['价格太贵店家也不给优惠', '东西这么贵店员态度还这么差', '一份面卖38 贵店家还说是良心价']) expect(types(text), text).toContain('price_billing');
  });

  it('and 贵 in a lounge, a city or a thing valued prices nothing either', () => {
    for (const text of ['付费升舱的时候说含贵宾厅，到了门口说不能进', '大家住这里贵重东西一定随身带，我的现金少了两千'])
      expect(types(text), text).not.toContain('price_billing');
  });
});
