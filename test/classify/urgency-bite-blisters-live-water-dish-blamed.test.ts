import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, foreign objects in food, injuries, dangerous premises and personal-safety incidents are urgent;
// a harm heard of or denied, a blister from one's own 上火, a phone too hot to hold and a leak that reaches nothing live are not.
describe('a bite on something hard, mouth blisters, slang diarrhoea, a dish blamed after the harm, water on live parts, a fight nearly started', () => {
  it.each([
    // Biting or chewing on it is eating, even with no dish named (咬到, 嚼, 硌到), and a closer look names the object (仔细看是小…).
    ['咬到一个硬的，吐出来是颗小钢珠', 'foreign object', '钢珠'],
    ['嚼了两下觉得不对，吐出来一截铁丝', 'foreign object', '铁丝'],
    ['咯到一个硬东西，仔细看是小石头', 'foreign object', '石头'],
    // Blisters in the mouth and slang diarrhoea after eating.
    ['喝了他家的酸梅汤，嘴角全是泡', 'harm to health', '嘴角全是泡'],
    ['吃完那份凉皮，下午开始蹿', 'harm to health', '开始蹿'],
    // The dish named by its order, or blamed after the harm or as its cause before it.
    ['点了份麻辣香锅，半夜一直往厕所跑', 'harm to health', '往厕所跑'],
    ['点了份炒河粉，一家人轮流跑厕所', 'harm to health', '轮流跑厕所'],
    ['跑厕所跑了一个通宵，肯定是这家的毛肚', 'harm to health', '跑厕所'],
    ['他家的烤鱼害得我往返卫生间十几趟', 'harm to health', '往返卫生间'],
    // An allergy noted, the allergen served anyway, and the throat's reaction.
    ['我虾过敏备注了，结果里面还是有虾，吃了两口嗓子就痒', 'harm to health', '嗓子就痒'],
    // Illness after eating is no praise, however mild its words.
    ['宝宝吃了他家的南瓜粥，拉了一整天', 'harm to health', '拉了一整天'],
    // Burns by the limb, and a negator in the clause before (道歉都没有) that denies the apology, not the burn.
    ['倒茶的时候壶盖掉了，开水泼出来烫到手', 'harm to health', '烫到手'],
    ['外卖汤没封好，拆开时洒出来，手上起了一个大水泡', 'harm to health', '个大水泡'],
    ['汤洒在我手背上，店员道歉都没有，烫红了一片', 'harm to health', '烫红'],
    // Violence barely held off, a door pushed at night, a card that opens a neighbour's room.
    ['送餐员嫌我催单，冲过来要打我', 'personal-safety incident', '冲过来要打'],
    ['和老板吵了几句，他差点动手', 'personal-safety incident', '差点动手'],
    ['凌晨三点有人一直推门，门链都快拉断了', 'personal-safety incident', '有人一直推门'],
    ['用我的房卡居然开了隔壁的门', 'personal-safety incident', '开了隔壁'],
    // Water reaching what is live, across a clause.
    ['卫生间顶上漏水，一直滴到插座上', 'danger to safety', '插座'],
    ['下大雨窗户渗水，插排泡在水里', 'danger to safety', '泡在水'],
    // Insecticide fumes and the cough after them.
    ['房间杀虫剂味道很冲，住了一晚一直咳嗽', 'harm to health', '咳嗽'],
    ['给狗狗点的鸡胸肉，它吃了吐了两次', 'harm to health', '吐了'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '上火了嘴里起泡，跟他家没关系',
    '手机发烫到手不敢碰',
    '朋友说之前在这住丢了东西，我住着还挺安心',
    '同学说吃了会拉肚子，我吃了没事',
    '听室友说这家吃了拉肚子，我吃着还行',
    '没吃出什么异物，就是有点咸',
    '窗户漏水，地毯都湿了',
    '这家的菜让我很失望，太咸了',
    '外卖放门口，一只猫开始窜来窜去',
    // Bitten by a bug is no bite on the food.
    '晚上被虫子咬到了，床头柜上还有个塑料片',
    // A pet sick from what it stole is the owner's; one sick from the food served would count.
    '猫偷吃了桌上的巧克力，吐了两次，以后得收好',
    // The Chinese negator is read in the harm's own clause only; an English one still reaches over the words between.
    "The chicken was pink inside. I'm not risking food poisoning so it went in the bin.",
    "Raw in the middle. I won't risk food poisoning, binned it.",
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
