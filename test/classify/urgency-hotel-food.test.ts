import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Food-delivery and hotel reviews as customers post them: harm and escalation, and the near misses beside them. */
describe('urgency in food-delivery and hotel reviews', () => {
  it.each([
    ['外卖的米饭里吃出一个指甲盖大小的塑料片，差点咽下去', 'foreign object'],
    ['点的酸辣粉，吃到一半发现碗底有只蟑螂', 'foreign object'],
    ['昨晚点的烧烤，今天全家上吐下泻，已经去诊所了', 'health'],
    ['吃完他家的小龙虾，半夜肚子疼得睡不着', 'health'],
    ['吃了两口就觉得嘴巴发麻，我对花生过敏的，备注了不要花生还是放了', 'health'],
    ['奶茶里喝出一根铁丝，划破了嘴', 'foreign object|health'],
    ['酒店房间床单上有臭虫，第二天醒来胳膊和腿上全是包', 'health'],
    ['浴室地面特别滑，没有防滑垫，我老婆洗澡摔倒了，头磕在马桶上', 'health'],
    ['半夜有人用房卡开我的门，吓死了，前台说是给错房号了', 'theft|personal-safety'],
    ['放在房间里的两千块现金不见了，只有保洁进来过', 'theft'],
    ['房间里一股很浓的煤气味，打前台半小时才来人', 'safety'],
    ['商家态度恶劣，吃出虫子不给退，我已经打12315投诉了', 'regulator|foreign object'],
    // Numbness denied to be the spice's, and the customer's own words to the service.
    ['吃完半小时舌头开始发麻，不是花椒那种麻，是木木的感觉', 'health'],
    ['饭里吃出铁丝，我跟客服说要求赔偿，到现在没人理，气死了', 'foreign object|compensation'],
    // Harm told by the toilet, the stomach, the welts or a broken tooth.
    ['吃完这家的炸鸡，晚上上厕所跑了五六趟', 'health'],
    ['吃了他家的鸭血，现在胃里翻江倒海的', 'health'],
    ['外卖吃完全身起红疙瘩，痒死了', 'health'],
    ['吃到一块碎骨头把牙齿崩掉一块', 'health'],
    ['吃了他家的凉拌菜，差点被毒死，再也不点了', 'health'],
    ['吃完脸上起了一片红点', 'health'],
    ['吃完喉咙肿了，说话都困难', 'health'],
    ['喝了他家的冰豆浆，半夜开始不舒服，一直到早上', 'health'],
    ['吃完他家的烤串，第二天开始便血，吓坏了', 'health'],
    // Objects in dishes the food words missed, and dangers as guests tell them.
    ['鸡汤里居然有个创口贴', 'foreign object'],
    ['吃着吃着嚼到一块硬的，吐出来是塑料', 'foreign object'],
    ['打开果汁一看，瓶底一大团漂浮物，恶心', 'foreign object'],
    ['冰淇淋里面还送了一颗螺丝，太吓人了', 'foreign object'],
    ['凉皮里有好几只小黑虫', 'foreign object'],
    ['插座一插就噼里啪啦冒火星', 'safety'],
    ['电梯突然往下掉了好几层，吓死人', 'safety'],
    ['酒店游泳池没有救生员，孩子差点淹着', 'safety'],
    ['房间里的电线直接裸露在外面', 'safety'],
    ['淋浴房的玻璃门有裂缝，不敢用力关', 'safety'],
    ['晚上酒店停电，电梯里被关了二十分钟', 'safety'],
    // A forced lock, money gone, a worker pestering.
    ['入住第一天行李箱被撬了', 'theft'],
    ['寄存在前台的礼盒被掉包了，拿回来是个空盒子', 'theft'],
    ['半夜房门被别人刷开了，吓得我一晚没睡', 'personal-safety'],
    ['泡完温泉回来，抽屉里的现金没了', 'theft'],
    ['早上起来发现钱包里的钱少了三百', 'theft'],
    ['门没有被撬的痕迹，但抽屉里的钱不见了', 'theft'],
    ['前台男员工半夜给我发微信骚扰', 'personal-safety'],
    // English diners and guests: where the object was, how the stomach went, what the room did.
    ['There was a dead cockroach at the bottom of my pho.', 'foreign object'],
    ['Sushi had a worm in it, literally moving.', 'foreign object'],
    ['Ate half the salad before spotting a slug.', 'foreign object'],
    ['There were maggots crawling in the rice container.', 'foreign object'],
    ['Found a toenail in my salad', 'foreign object'],
    ['Both of us were sick all night after the buffet.', 'health'],
    ['Got a nasty stomach bug after eating their oysters.', 'health'],
    ['The ceiling fan fell down while we were sleeping.', 'safety'],
    ['A man tried to get into our room at 3am using a key card.', 'personal-safety'],
    ['Hotel staff were filming us in the pool, creepy.', 'personal-safety'],
    ['The delivery driver spat on my food, I saw it on the doorbell camera.', 'personal-safety'],
    ['Spent the whole night on the toilet after their prawn curry.', 'health'],
    ['My son had a severe reaction to the satay, we ended up in urgent care.', 'health'],
    ['Felt nauseous for hours after eating the oysters.', 'health'],
    ['There was mould all over the bathroom ceiling, my asthma flared up.', 'health'],
    ['Slipped in the shower because there was no mat, hit my head.', 'health'],
    ['The kettle gave me a shock when I plugged it in.', 'health'],
    ['Balcony door would not lock on the ground floor, anyone could walk in.', 'safety'],
    ['Someone entered our room while we were asleep.', 'personal-safety'],
    ['Our laptop was taken from the room while we were at breakfast.', 'theft'],
    ['Driver was abusive and threatened to come back.', 'personal-safety'],
    ['Refund refused twice, so I will contact the local news.', 'media'],
    // A police case, the disease-control centre, the food and drug hotline, a complaint platform.
    ['放在前台寄存的行李箱被别人领走了，酒店一直推脱，已经报案了', 'regulator'],
    ['同一天在他家点过餐的好几个同事都说有问题，疾控已经来取样了', 'regulator'],
    ['卖过期的卤肉给我，我已经打了12331', 'regulator'],
    ['退款拖了一个月不处理，我已经在黑猫投诉上发了帖子，大家避雷', 'media'],
    // Fraud with the customer's booking or account.
    ['退房第二天有人冒充酒店打电话，说得出我的名字和房号，让我加微信退押金', 'theft|personal-safety'],
    ['Someone logged into my account and ordered three meals to another city on my card.', 'theft|personal-safety'],
    // Violence by a worker is a personal-safety incident.
    ['骑手送错了还跟我吵，最后动手打人，我脸上现在还是红的', 'personal-safety'],
    ['前台和我争执了几句，保安上来推搡我和我老公，这是什么酒店', 'personal-safety'],
    ['The delivery guy shoved me when I asked for the drinks he forgot.', 'personal-safety'],
    ['A drunk guest punched me in the lift and security took 20 minutes to come. We called 911 ourselves.', 'personal-safety|police'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent, text).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });

  it.each([
    '菜里有根头发，让商家重做了一份',
    '送来的时候汤洒了一半，袋子里全是汤',
    '辣得我胃疼，不过很好吃，下次点微辣',
    '酒店旁边就是派出所，晚上很安全',
    '门锁有点不灵，要多刷几次卡才开',
    '房间里的小飞虫一直在飞，窗户关不严',
    // Sichuan pepper's numbness, the rider's offer, exposure as marketing, a warning to the allergic, other people's reviews.
    '麻辣烫太麻了，舌头发麻，下次要微麻',
    '外卖洒了，袋子里全是汤，骑手说赔我一杯奶茶，气死了',
    // An identity checked with the police (派出所核实) is no report to them.
    '身份证过期了，我带了临时身份证，前台说系统识别不了不能入住，最后打电话给派出所核实才弄好，前前后后折腾了一个小时',
    // 火锅 after 着 and a steak's juice (还在流血水): food, not fire or a wound.
    '进去以后一股潮湿的霉味混着火锅味，通风很差，吃了十分钟眼睛就被熏得睁不开',
    '要的七分熟，结果一刀下去还在流血水，端回来的时候已经变成全熟',
    // The business's offer told in a clause of its own (说赔我两百), and a courier called 小哥 telling of his own fall.
    '保洁打扫的时候把我的眼镜碰地上踩碎了，说赔我两百，那副眼镜一千多配的。找经理，经理说最多就这么多',
    '小哥说路上摔了一跤，饭洒了点，自己掏钱给我补了杯饮料，真的很暖心。饭本身倒是挺一般的',
    '奶茶店搞活动，说要曝光率，让我们发抖音打卡，送小料，有点烦',
    '过敏体质的朋友注意，这家的菜放了很多花生，味道一般',
    '看到别人评论说吃出虫子，我点的倒是没有，就是有点咸',
    // Hunger from waiting is no harm the food did.
    '烤鱼上菜太慢了，等得我胃疼',
    // Poison as a figure of speech, no one ate anything.
    '这种黑心商家怕是要毒死人，价格还这么贵',
    '套餐里面还送了一杯饮料，挺划算的，就是有点咸',
    '空调一直滴水，睡到半夜开始不舒服，被吵醒好几次',
    '外卖袋子被拆开过，不知道有没有被掉包，封口贴都没有',
    '墙皮脱落，水管裸露在外面，很旧',
    '床单上有几个小红点，不知道是什么，换了一套',
    '吃了一口发现是馊的，赶紧吐出来了',
    '送餐机器人卡在电梯里半小时，毛巾一直没送到',
    // The toilet far away, a churning heart, change short.
    '酒店公共厕所在楼下，晚上跑厕所很麻烦，房间也小',
    '听完他的话我心里翻江倒海，说不出话，这服务太差了',
    '找的零钱不见了一块，算了不计较',
    'Found a long piece of hair in my noodles, gross.',
    // A reaction to news, a fee threatened, a repair in the room: no harm, no danger.
    'Had a reaction to the news that the pool was closed lol',
    'They threatened me with a cancellation fee if I left early.',
    'Someone came into my room to fix the AC while I was out, left a note, fine.',
    'I have asthma so please give us a non-smoking room.',
    'Noticed the bolt on the door was loose, asked them to fix it.',
    'A fish tank in the lobby had a snail in it, the kids loved it.',
    '鱼片明显是巴沙鱼冒充的黑鱼，一夹就碎，太坑了',
    '申请了退款，客服给了个报案号一样的工单号，说三天内处理',
    '前台小姑娘被一个客人推搡了一下，还一直微笑着道歉，服务真好',
    'Paid 999 for the suite, the view was worth it but the minibar was empty.',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent, text).toBe(false);
  });
});
