import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForBrokenInTransit } from '../../shared/classify/broken-in-transit.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForBrokenInTransit([], text, ['delivery']).map((t) => t.type);

// The guide: delivery is getting the order to the customer; goods broken on a carrier's way are its fault.
describe("goods broken on a carrier's way", () => {
  it('are delivery', () => {
    expect(types('寄的陶瓷杯子到了碎成渣了，外箱明明写了易碎品，理赔还要我自己拍照证明这证明那，麻烦死了')).toContain('delivery');
    expect(types('行李箱到了轮子掉了一个，侧面裂了个大口子，找地服说只能赔200')).toContain('delivery');
    expect(ruleTypes('快递到了外箱破损，里面的东西也摔坏了')).toEqual(['delivery']);
    expect(ruleTypes('菜鸟驿站把我的件弄丢了，说找不到了')).toEqual(['delivery']);
  });

  it('are none by this rule when denied, feared, broken by the customer, no carrier is named or a hotel kept the luggage', () => {
    expect(ruleTypes('快递包得很好，一点没有破损')).toEqual([]);
    expect(ruleTypes('寄之前还担心会摔碎，结果完好无损')).toEqual([]);
    expect(ruleTypes('手机屏幕碎了，去售后换了一块')).toEqual([]);
    expect(ruleTypes('快递小哥怕把东西弄丢，都是等我回家后再送过来')).toEqual([]);
    expect(ruleTypes('快递员说有破损可以和他说，拆开东西全好的')).toEqual([]);
    expect(ruleTypes('行李箱放前台寄存，拿回来的时候轮子断了一个')).toEqual([]);
  });
});
