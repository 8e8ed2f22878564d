import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health from the food or the stay is urgent; an itch from a dry room or from mosquitoes is the
// room's environment, not harm.
describe('itching after bugs in the bedding, vomiting and diarrhoea typed with 泄', () => {
  it.each([
    // Itching after a night among bugs in the bed.
    ['被子底下爬出来好几只小虫子，睡了一晚全身痒', 'harm to health', '全身痒'],
    ['枕頭上有跳蚤，早上起來渾身發癢', 'harm to health', '浑身发痒'],
    ['床垫缝里有虫，我老婆半夜浑身痒到坐起来', 'harm to health', '浑身痒'],
    // 泻 typed as 泄.
    ['凉皮吃完上吐下泄，一晚上没睡', 'harm to health', '上吐下泄'],
    ['昨天点的烤鱼，今天腹泄不止', 'harm to health', '腹泄'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // An itch with no bugs in the bed, or with mosquitoes.
    '暖气开太足，房间太干，全身痒',
    '床上蚊子好多，咬得全身痒，没有蚊香',
    // Bugs in the bed and no harm told.
    '被子底下有只小虫子，叫阿姨换了床单，态度挺好',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
