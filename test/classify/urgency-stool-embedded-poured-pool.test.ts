import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, a foreign object in food, a scald and a near drowning are urgent;
// a dish ladled out of the pot and a sip that went down the wrong way are not.
describe('diarrhoea told by the stool, an object set into the food, boiling water poured on a leg, a child pulled from the pool', () => {
  it.each([
    ['宝宝喝了两口他家的米糊 小屁屁红了一片 还一直哭闹 拉的都是绿的', 'harm to health', '拉的都是'],
    ['这家的汉堡 肉饼里嵌着一小块铁片 差点把我牙硌掉', 'foreign object', '铁片'],
    ['房间热水壶把手是松的 倒水的时候整个壶翻了 开水全浇我腿上', 'harm to health', '开水全浇'],
    ['酒店游泳池没有救生员 我家孩子呛了好几口水 被旁边的大哥捞上来的', 'harm to health', '呛了好几口水'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '鱼从锅里捞上来还是活蹦乱跳的 很新鲜',
    '喝汤太急呛了一口 哈哈 味道很好',
    '泳池不错 孩子玩得很开心 就是水有点凉',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
