import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe("a delivery's way up the customer's building", () => {
  it('is not the premises of the business', () => {
    expect(types('外卖骑手很辛苦，电梯坏了爬到二十楼送上来')).not.toContain('environment');
  });

  it("leaves a hotel's broken lift environment", () => {
    expect(types('住的酒店电梯坏了，拖着箱子爬到十二楼')).toContain('environment');
  });
});

describe('a courier bringing the order, no place of the business named', () => {
  it('is no environment: the block, the lane or the courier box are not the business premises', () => {
    for (const text of ['我们小区特别难找，小哥打了两个电话还是准时送到了，辛苦了', '外卖骑手送餐时抽烟，袋子上一股烟味，说了他还瞪我', '味道讚 只是外送員找不到路 在巷子裡繞了好久 打了三通電話才找到']) {
      expect(classifier.classifySync({ text }).complaintTypes.map((t) => t.type), text).not.toContain('environment');
    }
  });

  it("leaves a hotel room's or a shop's premises environment beside a takeaway", () => {
    expect(classifier.classifySync({ text: '一进门地毯黏脚，拖鞋是上一个人穿过的，垃圾桶里还有没倒的外卖盒' }).complaintTypes.map((t) => t.type)).toContain('environment');
    expect(classifier.classifySync({ text: '外卖小哥说店里太脏了，他都不想进去取餐，后厨地上全是油' }).complaintTypes.map((t) => t.type)).toContain('environment');
  });
});
