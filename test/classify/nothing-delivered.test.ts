import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForNothingDelivered } from '../../shared/classify/nothing-delivered.ts';

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

describe("a bank's or a clinic's counter, or a fitter come to the home", () => {
  it('is no delivery when nothing is brought', () => {
    const delivery = [{ type: 'delivery', confidence: 0.8, phrases: [], problem: true }];
    expect(typesForNothingDelivered(delivery, '装宽带的师傅约好下午两点，五点才到，连句抱歉都没有')).toEqual([]);
    expect(typesForNothingDelivered(delivery, '托运行李的时候柜台工作人员态度不太好，等了半天')).toEqual([]);
    expect(typesForNothingDelivered(delivery, '快递小哥送货上门，师傅很辛苦')).toEqual(delivery);
  });
});
