import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness or a reaction after eating, an injury, a foreign object in food, theft and a stranger at the
// door are urgent; hunger, a wait and an earlier visit's illness told against this one are not.
describe('the night at the toilet bowl, a tight throat, a swollen ankle, a rod falling on a head, a scald by a spill, money counted by what is left, the eye clinic', () => {
  it.each([
    ['吃了这家的毛血旺 凌晨三点被疼醒 蹲在马桶上站不起来', 'harm to health', '疼醒'],
    ['我花生过敏 备注了三遍不要花生 结果还是放了 吃完嗓子眼发紧 喘气都费劲 赶紧吃了药', 'harm to health', '嗓子眼发紧'],
    ['隔夜的卤味发酸了还送过来 老公吃了两块 整晚抱着马桶', 'harm to health', '抱着马桶'],
    ['浴室门口台阶没有任何提示 我半夜起来上厕所一脚踩下去 脚踝肿成馒头', 'harm to health', '脚踝肿'],
    ['窗帘杆突然掉下来 正好砸在我老公额头上 起了个大包', 'harm to health', '砸在我老公额头'],
    ['半夜有人在房门外一直拧把手 拧了好几分钟 打电话给前台才走', 'personal-safety', '拧把手'],
    ['鸡汤里煮着一只完整的蟑螂 已经喝了两碗了 现在胃里一阵阵恶心', 'foreign object', '蟑螂'],
    ['吃完烤鱼 舌头和嘴唇都麻了肿了 不是花椒的那种麻', 'harm to health', '麻了肿了'],
    ['服务员上菜把热汤泼到我女儿腿上 红了一大片起了泡', 'harm to health', '热汤泼到'],
    ['淋浴的热水忽冷忽热 突然一股开水冲出来 我后背烫掉一层皮', 'harm to health', '烫掉一层皮'],
    ['从酒店出来发现钱包里的一千块只剩两百了 只有保洁进过房间', 'theft', '只剩两百'],
    ['外卖里的筷子是发霉的 黑点一片 用了才看到 嘴巴现在起了溃疡', 'harm to health', '起了溃疡'],
    ['空调出风口往下掉黑色的东西 掉进孩子眼睛里 眼睛红了一天 去了眼科', 'harm to health', '眼科'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '等餐等到头晕眼花 一个小时才送到',
    '饿得头昏眼花才送到，菜倒还热',
    '上回在这家吃完拉肚子 这次又来试了一下 还好没事',
    '行李箱只剩一个轮子能转了，酒店的推车倒是很方便',
    '腰疼醒了好几次 床太软',
    // A sweet drink that catches in the throat is its taste, not a reaction.
    '这奶茶甜到我怀疑人生 喝完嗓子发紧 齁',
    '有人说门把手坏了 前台马上来修了',
    '服务员端饮料的时候把可乐泼在我身上 连句道歉都没有',
    '上菜太急 汤泼到我裤子上了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
