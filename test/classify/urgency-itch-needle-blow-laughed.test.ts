import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, foreign objects in food and injuries are urgent; a threat laughed off, another customer's
// call to the police, a dry room's itch and bruised fruit are not.
describe('itching and antihistamines after eating, 跑肚, a needle by its size, a shock from a socket, hurt by a blow; threats that are not', () => {
  it.each([
    // Itching and welts after eating, and the antihistamine taken for them.
    ['吃完他家的麻辣烫，晚上全身痒，脖子上一片一片的红块', 'harm to health', '全身痒'],
    ['喝了那家的芒果冰沙，手臂上起了红块，吃了氯雷他定才压下去', 'harm to health', '红块'],
    ['吃完虾饺嘴边一圈红，赶紧去买了过敏药', 'harm to health', '过敏药'],
    // 跑肚, diarrhoea as northern diners say it.
    ['吃完寿司半夜开始跑肚，一晚上没合眼', 'harm to health', '跑肚'],
    // A needle by its size or its state.
    ['滷肉飯裡吃到一根細針，嚇死', 'foreign object', '细针'],
    ['馄饨里咬到一截断针，还好没咽下去', 'foreign object', '断针'],
    // A shock from a socket or a switch.
    ['浴缸旁边的插座没有盖子，手碰了一下被电麻了', 'danger to safety', '被电麻'],
    ['开关漏电，摸了一下电麻了半条胳膊', 'danger to safety', '漏电'],
    // Hurt by a blow or a weight, on a body named beside it.
    ['床的架子半夜塌了，我老公腰被撞伤，现在走路都疼', 'harm to health', '撞伤'],
    ['行李架倒下来，孩子的脚被压伤了', 'harm to health', '压伤'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // Goods hurt by a blow, not a body; a dry room's itch with nothing eaten.
    '箱子在运输中撞伤了一个角，里面的东西还好',
    '这个火龙果表皮有碰伤的痕迹，不新鲜',
    '房间暖气太干，全身痒，建议放个加湿器',
    // Antihistamines brought along, not taken for a reaction.
    '我出门都会带着过敏药，这家的菜没有问题',
    // Another customer's call to the police, a threat laughed off.
    '说要报警的那个客人是隔壁桌喝醉了，跟餐厅没关系，菜挺好吃',
    '你们再这样敷衍，小心我去黑猫投诉哦～开玩笑的，下次加油',
    // The power tripping, with no one hurt.
    '浴室一开吹风机就跳闸，要重新推一下电闸',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
