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

describe("a stay's own staff bringing what a guest asked for", () => {
  it('is the hotel responding, not a delivery', () => {
    for (const text of [
      '房间干净，设施新，位置好，总体不错。但是我打了四次前台电话要求送一个熨斗，每次都说马上送，一个半小时后才送到',
      '枕头硬得像砖头，找客房要了个软的，半小时后才送到。别的都还行',
      '要求的那个婴儿床 提前打电话确认过的 到了房间里没有 打了电话说马上送来 等了一个多小时 孩子哭了一晚上',
    ]) {
      expect(types(text)).not.toContain('delivery');
      expect(types(text)).toContain('responsiveness');
    }
  });

  it('is no delivery when the guest is the one arriving late', () => {
    expect(types('民宿老板娘人超好 我们航班延误凌晨一点才到 她一直等着 还煮了姜汤')).not.toContain('delivery');
  });

  it('leaves what an outside carrier brings to the hotel a delivery', () => {
    expect(types('在酒店点的外卖，骑手送了一个半小时才送到，饭都凉了')).toContain('delivery');
    expect(types('托运的行李箱到了目的地没出来，两天后才送到酒店，箱子的轮子还摔掉了一个')).toContain('delivery');
  });
});
