import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Whether the harm a clause names happened: supposed, conceded, past or someone else's harm is no escalation. */
describe('urgency, clause by clause', () => {
  it.each([
    // Supposed in its own clause: nothing was found.
    '如果吃出虫子我会直接投诉的，还好这家很干净',
    '要是面里吃出玻璃怎么办，包装也太随便了',
    // Conceded: "even if I get hurt" is no injury.
    '这本小说写得很压抑，即使受伤也毫无怨言的女主，看得人心累',
    // Harm of an earlier visit, told as experience.
    '以前住别的酒店被偷过钱包，所以这次特意问了保险箱，结果前台说没有，房间也旧，隔音很差',
    '去年在这家酒店被偷过一次东西，这次本来不想来，但公司协议酒店只有这家，这次入住前台主动提醒贵重物品放保险箱，住得很安心',
    // Mosquito bites are the room's environment, however many.
    '房间蚊子太多，一晚上被咬了一身包，纱窗也是破的',
    // A scratch on the goods, not on a body.
    '手机用了两天就划伤了，客服还不给退，太差了',
    '快递送来一看，背部划伤好几处，要求换货',
    '沙发扶手上有好几道口子，窗帘也破了个口子，看着很旧',
    // An object in something not eaten: a length in 厘米 is no rice, a storage box no lunch box.
    '每本书都是一个订书钉固定的，厚度不到5厘米，质量太差',
    '收纳盒里有一根钉子，长约3厘米，做工太粗糙',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent, text).toBe(false);
  });

  it.each([
    ['面里吃出一块玻璃，要是咽下去就完了', 'foreign object'],
    ['本以为是葱花，结果是一只虫子，在面里', 'foreign object'],
    ['被床头柜的金属角划伤了胳膊，前台连创可贴都没有', 'health'],
    ['膝盖和手掌都擦破了，地毯翘起来也没人管', 'health'],
    ['外卖盒子里有只蟑螂，恶心死了', 'foreign object'],
    ['床上有跳蚤，早上起来腿上全是包', 'health'],
    ['上次吃出过头发，这次又吃出一只蟑螂，再也不来了', 'foreign object'],
    // A cut told by its count.
    ['浴缸的玻璃门突然炸裂，我的脚被玻璃划了好几道口子', 'health'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent, text).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });
});

describe('urgency, whose demand and whose loss', () => {
  it.each([
    // The business's offer or instructions, not the customer's demand.
    '订单被后台取消了，客服说什么赔我一张满减券，我要的是恢复订单，太气人了',
    '快递告诉我们怎么样索赔，买了几箱放一起吃到才发现烂了，气死了',
    // A worker's own loss is not the customer's.
    '骑手说他电动车被偷了，所以晚了一个小时，饭都凉透了',
    '派送员半路手机被偷了，还说我不接电话，客服也不管',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent, text).toBe(false);
  });

  it.each([
    ['菜里吃出钢丝，你们必须赔偿，太恶心了，气死我了', 'foreign object|compensation'],
    ['等了两个小时饭全洒了，我要求赔偿，你们这是什么垃圾服务', 'compensation'],
    ['骑手说我的外卖放在门口被偷了，平台也不管', 'theft'],
    ['保洁偷了我的充电宝，监控都拍到了，酒店还不承认', 'theft'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent, text).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });
});
