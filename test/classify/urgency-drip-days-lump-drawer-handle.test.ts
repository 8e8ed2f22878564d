import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, foreign objects in food, dangerous premises and personal-safety incidents are urgent;
// a harm only guessed at, a needle by its size and a handle that is merely loose are not.
describe('a drip counted by the day, an object counted by its lump, a needle in a drawer, someone at the door handle', () => {
  it.each([
    // Treatment counted by the day, with no 吃 before it.
    ['上周六点的烤鱼，我和女朋友都输了三天液', 'harm to health', '输了三天液'],
    ['那家的生腌，老爸挂了两天水才好', 'harm to health', '挂了两天水'],
    // A tooth chipped on what was bitten.
    ['排骨里一块碎骨头，咬下去门牙缺了个角', 'harm to health', '门牙缺'],
    // The object counted by its lump, grain or stub ("一坨", "是颗").
    ['面里面一坨不明物体，黏糊糊的，不敢吃了', 'foreign object', '不明物体'],
    ['包子咬开，是颗小石子，硌得生疼', 'foreign object', '石子'],
    ['炒饭里有粒玻璃渣，亮晶晶的', 'foreign object', '玻璃渣'],
    // A needle or blade left in the furniture.
    ['床头柜的抽屉里有一个用过的针头，太可怕了', 'danger to safety', '针头'],
    ['浴巾里面裹着一片刀片，擦脸的时候才发现', 'danger to safety', '刀片'],
    // Someone trying the door handle.
    ['半夜两点听到有人在外面转门把，吓得不敢出声', 'theft or a personal-safety incident', '有人在外面转门把'],
    ['門鎖壞了，半夜有人在門外一直扭門把', 'theft or a personal-safety incident', '有人在门外一直扭门把'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // A harm guessed at, not suffered.
    '感觉吃了会拉肚子的样子，太油了，倒掉了',
    '这么生的肉可能会中毒吧，没敢吃，直接退了',
    // A drip for the guest's own illness is no harm of the business.
    '来出差发烧了，前台帮我找了附近的诊所，很贴心',
    // A loose handle, nobody at it.
    '门把手有点松，转了好几下才打开',
    // A needle by its size.
    '抽屉里有一个针头大小的黑点，擦掉了',
    // Counted by the grain at a second look on the bed, not in the breakfast.
    '床单上有个小黑点，一看是颗老鼠屎，早餐还不错',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
