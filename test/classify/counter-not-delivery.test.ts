import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForArrivedCold } from '../../shared/classify/cold-on-arrival.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a meal taken cold at a counter, nothing delivered (快餐店…收银员…汉堡拿到手是凉的)', () => {
  it('is no delivery', () => {
    expect(types('快餐店，点完餐拿了号，等了二十五分钟还没叫到，后面来的人都拿到了。去问，收银员说单子漏了，又等了十分钟。汉堡拿到手是凉的，薯条也软了。真的很失望。')).not.toContain('delivery');
    expect(types('商场里的快餐店，取餐的时候等了好久，鸡排饭到手已经凉了，米饭也硬。收银的小姑娘倒是很客气。')).not.toContain('delivery');
  });

  it('is still delivery for an order brought by a courier', () => {
    expect(typesForArrivedCold([], '外卖送到手已经凉了，骑手还绕了路', ['delivery']).map((t) => t.type)).toEqual(['delivery']);
    expect(typesForArrivedCold([], '汉堡到手是凉的，下单一个小时才送来', ['delivery']).map((t) => t.type)).toEqual(['delivery']);
  });
});
