import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe('urgency as real customers say harm', () => {
  it.each([
    ['Got the chicken curry and there was a dead fly stuck in the sauce.', 'foreign object'],
    ['Small beetles crawling in the bread I bought this morning, already ate a slice.', 'foreign object'],
    ['I bit down on something hard in my burrito. A bolt. Chipped a tooth on it.', 'foreign object|health'],
    // Injuries told as events count inside a long, warm review, as food poisoning does.
    ['Wonderful family hotel, the kids club is great and breakfast had everything. On the last day my daughter cut her foot on a rusty drain by the pool and needed stitches.', 'health'],
    ['店员上汤的时候没拿稳，整碗洒在我手背上，被热汤烫得起了泡，店长很快拿了药膏来还免了单，态度真的没话说，环境也很舒服，菜的味道也在线', 'health'],
    // A reaction that happened still counts beside a stated allergy, and a hedge elsewhere does not hide it.
    ['Told them I am allergic to nuts. Not sure what was in the sauce but I came out in hives within minutes.', 'health'],
    // Regulators and exposure as English customers name them.
    ['Raw chicken again. I am contacting environmental health on Monday.', 'regulator'],
    ['Mouse droppings on the counter, I will tell the food safety authority.', 'regulator'],
    ['Someone took my wallet from the table, we will contact the police.', 'police'],
    ['They refused a refund for the cold pizza, so I am posting this everywhere.', 'media'],
    // Chinese harm told by what the skin shows, the fall by its bruise, glass or a charger that burst.
    ['住了两晚，早上起来腰上全是红包，床单上还有小黑点', 'health'],
    ['用了这款面霜脸上发红发痒，赶紧洗掉了', 'health'],
    ['浴室地砖太滑，我脚一滑膝盖磕在浴缸边上', 'health'],
    ['洗澡洗到一半淋浴房的玻璃门爆了，碎了一地', 'safety'],
    ['才用一个月，充电宝炸了，床单都烧黑了一块', 'safety'],
    ['吃饭的时候头顶上瓷砖掉下来，就落在我脚边', 'safety'],
    // The object said after it, and medical costs demanded.
    ['打开盖子，一只蟑螂，泡在粥里', 'foreign object'],
    ['扭伤了脚，医药费你们必须出，太气人了', 'compensation'],
    ['吃了他家的凉面，半夜开始发烧，今天还在医院', 'health'],
    // Belongings gone, told by what went missing.
    // A reproach with would or should is no hypothetical.
    ['Would have been 5 stars but I got food poisoning.', 'health'],
    ['去洗手间前把耳机放在桌上，回来一看就不见了，服务员说没注意', 'theft'],
    ['退房整理行李时发现，放在抽屉里的护照被人拿走了', 'theft'],
    ['The bathroom heater had wires sticking out of the wall, right next to the shower.', 'safety'],
    ['Nice pool and friendly staff, but the fire exit was blocked by stacked chairs all week.', 'safety'],
    ['Loved the breakfast. The room reeked of gas every evening though, we kept the window open.', 'safety'],
    ['Lovely boutique hotel, great location. Sadly the wobbly railing on our balcony made us keep the kids inside.', 'safety'],
    ['Filthy sheets and bed bugs, I have the bites to prove it. Never again.', 'health'],
    // 可怕 (terrible) is not 怕 (fear): the danger it introduces happened.
    ['太可怕了，床头插座冒烟了，赶紧拔了插头', 'safety'],
    ['吃完太可怕了，拉肚子拉到虚脱', 'health'],
    // Stomach harm in words the sentiment lexicon lacked: the praise n-grams of "你们家的" read it as thanks (score above NOT_A_COMPLAINT).
    ['吃了你们家的烧烤，第二天拉稀', 'health'],
    ['点了你们家的凉皮 当晚就闹肚子', 'health'],
    ['喝了你们家的奶茶，胃疼了一整夜', 'health'],
    ['半夜火警响了，下楼才发现安全出口被锁住了，只能从另一边绕出去', 'safety'],
    ['后厨的煤气罐就放在过道上，已经打了119反映', 'regulator'],
    ['菜里有铁丝，商家不认，我要去找市场监管部门处理', 'regulator'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent, text).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });

  it.each([
    'Flies everywhere on the terrace, the staff should close the doors.',
    'The flight was late but the crew were lovely.',
    // A seam that split is the goods, not stitches in a person.
    '裤子穿了两天裤裆就开缝了，质量太差',
    // An allergy named as the reason for a note, and harm that could have happened, are not a reaction.
    'Wrote no sesame since I am allergic, and the buns came covered in sesame.',
    'Said no shrimp due to my allergy, got shrimp anyway. Luckily I checked.',
    'The noodles had cashews after I said no nuts. That might have sent me to the hospital!',
    // An itch alone, a full house and a sold-out dish are not harm.
    '这款洗发水用完头皮有点痒，不太适合我',
    '周末店里爆满，等了一个小时才有位子',
    // Danger supposed, almost calling the police, idioms (憋着火, touts 拉客), and the business's own demand or brush-off are not escalations.
    '晚上楼道里一点灯都没有，如果着火了根本看不清往哪跑，服务也一般',
    '楼道里堆满了杂物，真怕着火了跑不出去，服务也一般',
    '手机落在座位上找不到，差点报警，结果在收银台，服务员也不说一声',
    '到店才说订位没了，又等了五十分钟，憋着火吃完的，服务员还爱答不理',
    '景区门口的饭店，服务员一直在拉客，菜价还贵，太坑了',
    '退房后说是床单有污渍要赔偿两百，我根本没弄脏，太坑了',
    "Three weeks on and the hotel still won't reimburse me for the taxi they promised, useless.",
    // A long-stay room (长包房), bite-sized food and decor photos are not harm or exposure.
    '酒店一半是长包房，电梯里人很多，早餐也一般',
    'The dumplings were fine but the bites were tiny for the price and the rice was cold.',
    'Photos everywhere of the owner with celebrities, the food was bland and overpriced.',
    // A missing amenity or order is not theft, and a signal that drops is not a phone gone.
    '空调遥控器不见了，找服务员要了半小时才送来',
    '付完款订单不见了，客服也不回',
    '房间里手机信号很差，进电梯就没了',
    // A fever of the customer's own, and the hospital it leads to, is why they write unless something was eaten first.
    '出差第二天半夜发烧，让前台帮忙找个药店，等了四十分钟没人回电话',
    '我老婆发高烧，问前台能不能帮忙叫车去医院，前台说自己叫',
    // The regulator as the subject of news or scorn is not the customer going to it.
    '这家连锁店年年出事，也不见市场监管部门处罚，真是奇怪',
    '报道称工商局查处了好几家，这家居然还开着，服务员态度还差',
    // Reported inside the business is a complaint, not a regulator.
    'The cleaner was rude to my mum. I reported it to the front desk.',
    'Rider was swearing at me, reported it to the app.',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent, text).toBe(false);
  });
});
