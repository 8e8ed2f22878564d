import type { ClassifierInput } from './types.ts';
import { isNegated } from './negation.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { isClauseBreak } from './zh-clauses.ts';

/**
 * Escalation signals, as the labelling guide (docs/complaint-taxonomy.md) defines urgency:
 * regulators and police, media exposure, lawyers; actual harm to health or safety (illness after
 * eating, foreign objects in food, injuries, dangerous premises); theft and personal safety;
 * angry compensation demands. Each trigger names its reason so an agent sees why a message
 * jumped the queue. Most feedback is not urgent, so every trigger is a phrase that means the
 * event, not a topic word: "抖音上看到的店" is not exposure, "房间有蟑螂" is not harm.
 */
type Trigger = 'regulator' | 'media' | 'legal' | 'health' | 'foreign_object' | 'safety' | 'theft' | 'compensation' | 'repeated';

/** Insects that grew in the food, or something floating in the drink: the phrase itself says where they are ("牛奶生蛆", "苹果长虫子", "牛奶漂浮物"). */
const SELF_LOCATING = ['生蛆', '长蛆', '长虫', '生虫', '长了虫', '生了虫', '长了蛆', '生了蛆', '漂浮物'];
const SELF_LOCATING_SET: ReadonlySet<string> = new Set(SELF_LOCATING);

/** Harm the food itself caused: it counts even inside a long, happy review (see LONG_REVIEW). */
const CAUSED_BY_FOOD = ['食物中毒', '拉肚子', '啦肚子', '拉了肚子', '拉稀', '腹泻', '闹肚子', '吃坏肚子', '吃坏了肚子', '肠胃炎', '上吐下泻', '又吐又拉',
  '拉了一天', '拉了两天', '拉了一整天', '拉了一整夜', '拉了一整晚', '拉了一宿', '吃完就拉', '吃了就拉', '吃完就吐', '吃了就吐', '吃完吐了', '吃了吐了',
  '窜稀', '蹿稀', '跑了一晚上厕所', '跑了一夜厕所', '跑了一晚厕所', '跑了好几趟厕所', '跑了几趟厕所', '跑了一天厕所'];

/** The same in English, whose sentiment words (AFINN) know none of it: "woke up at 3am throwing up" read as mild praise. */
const CAUSED_BY_FOOD_EN = ['food poisoning', 'food poisoned', 'threw up', 'throwing up', 'puking', 'puked', 'diarrhea', 'diarrhoea', 'stomach cramps'];

/** An allergic reaction counts inside a long review too, but is the order's fault as often as the food's (nuts left in). */
const ALLERGIC_REACTION_EN = ['allergic reaction', 'anaphylaxis', 'anaphylactic', 'hives', 'epipen', 'epi-pen'];

/**
 * Injuries told as events (a burn, a cut that bled, stitches, a fracture): like food poisoning they count inside a
 * long, happy review ("lovely resort… my son cut his foot on a broken tile and needed stitches").
 */
const INJURED = ['烫伤', '烫得我', '把我烫', '烫到我', '被开水烫', '被热水烫', '被热汤烫', '被热茶烫', '烫起泡', '烫出泡', '烫出了泡', '烫起了泡', '烫了个泡', '烫红',
  '骨折', '缝针', '缝了几针', '缝了两针', '缝了三针', '缝了好几针', '摔伤', '流了好多血', '流了很多血', '流了血', '割伤',
  'stitches', 'cut my foot', 'cut his foot', 'cut her foot', 'cut my hand', 'cut his hand', 'cut her hand', 'cut my finger', 'burned my', 'burnt my', 'scalded', 'fractured', 'broke my arm', 'broke my wrist', 'broke his arm', 'broke her arm'];

/** A cut told by its count or its blood ("脚被划了好几道口子"): an injury when a body is named beside it (checked below). */
const CUTS_BY_COUNT = ['道口子', '个口子', '道血口', '个血口', '划出血', '割出血'];

/** How many, as customers count: "拉了七八次", "跑了好多趟厕所", "被咬了几十个包". */
const COUNTS = ['两', '三', '四', '五', '六', '七', '八', '十', '几', '好几', '好多', '十几', '几十', '两三', '三四', '四五', '五六', '六七', '七八', '八九'];
const TIMES = ['次', '回', '遍', '趟'];

/** Bites all over or counted ("被咬了几十个包"): bed bugs or fleas harm the guest, mosquitoes are the room's environment (checked below). */
const BITES_ALL_OVER = ['满身包', '一身包', '全是包', '都是包', ...COUNTS.flatMap((n) => [`咬了${n}个包`, `咬了${n}包`])];
const BITES_ALL_OVER_SET: ReadonlySet<string> = new Set(BITES_ALL_OVER);
const MOSQUITO = /蚊/;
const MOSQUITO_WINDOW = 20;

/** Belongings gone: theft when the sentence names what went (checked below). */
const BELONGINGS_GONE = ['不见了', '被拿走了', '被人拿走'];
/** "打扫完我的充电器就没了": gone, of the belonging right before it; "手机信号很差，进电梯就没了" is the signal. */
const GONE_RIGHT_AFTER = '就没了';
const BELONGINGS_GONE_SET: ReadonlySet<string> = new Set([...BELONGINGS_GONE, GONE_RIGHT_AFTER]);
/** What a customer carries or keeps in the room, named in the sentence before it went. */
const BELONGING = '(手机|钱包|现金|块钱|电脑|平板|iPad|ipad|耳机|AirPods|airpods|手表|首饰|项链|手镯|戒指|金饰|相机|充电宝|充电器|行李|箱子|香水|大衣|外套|衣服|护照|身份证)';
const BELONGINGS_BEFORE = new RegExp(`${BELONGING}[^。！？!?]{0,20}$`);
const BELONGING_RIGHT_BEFORE = new RegExp(`${BELONGING}$`);

/** A danger in the building, told as what the guest saw: it counts inside a long, happy review too ("good hotel but the fire exit was chained shut"). */
const PREMISES_DANGER = [
  '安全通道的门是锁', '安全通道的门被锁', '安全通道的门还被锁', '安全通道被锁', '安全通道锁着', '安全出口被锁', '安全出口锁着', '安全出口的门是锁',
  'loose railing', 'railing is loose', 'railing was loose', 'wobbly railing', 'wobbly balcony railing', 'loose balcony railing', 'railing wobbl*',
  'wires showing', 'wires hanging out', 'wires sticking out', 'exposed wiring', 'bare wires', 'live wires', 'chained shut', 'fire exit was locked', 'fire exit was blocked', 'fire exits were locked', 'fire exits were blocked',
  'smelled strongly of gas', 'smelt strongly of gas', 'strong smell of gas', 'reeked of gas', 'stank of gas',
];

/** Diarrhoea told by a bare 拉 ("吃完拉了", "晚上开始拉", "肚子咕咕叫一直拉"); 一直拉黑, 一直拉着, 拉不开 are other verbs (NOT_TRIGGERS). */
const BARE_LOOSE_BOWELS = ['一直拉', '开始拉', '就拉了', '完拉了'];
/** Lips or face swelling: a reaction to what was eaten. */
const SWELLING = ['嘴唇肿', '嘴唇都肿', '嘴巴肿', '嘴都肿', '脸都肿', '脸肿了'];

/** Trips to the toilet, counted: harm after eating, a night's visits otherwise ("晚上上了两次厕所，马桶冲不下去"). */
const TOILET_TRIPS = COUNTS.flatMap((n) => TIMES.flatMap((unit) => [`跑了${n}${unit}厕所`, `上了${n}${unit}厕所`]));

/**
 * Stomach trouble told by the toilet or the churning ("一直跑厕所", "胃里翻江倒海", "喝了一瓶…开始不舒服"): harm after
 * something eaten or drunk before it in the sentence (checked below), and red spots after it ("吃完脸上起了一片红点");
 * "厕所在外面，晚上跑厕所", "心里翻江倒海" and "床单上有几个小红点" are not.
 */
const AFTER_EATING = ['跑厕所', '厕所跑了', '翻江倒海', '开始不舒服', '红点', ...TOILET_TRIPS, ...BARE_LOOSE_BOWELS, ...SWELLING];
const AFTER_EATING_SET: ReadonlySet<string> = new Set(AFTER_EATING);
const AFTER_EATING_WINDOW = 30;

/** "吐了三回", "拉了好几趟": counted, it happened. */
const TIMES_OVER = COUNTS.flatMap((n) => TIMES.flatMap((unit) => [`吐了${n}${unit}`, `拉了${n}${unit}`]));

const TRIGGERS: Record<Exclude<Trigger, 'repeated'>, string[]> = {
  regulator: [
    // "相关部门也可以看看": the customer points at the authorities without naming one.
    '相关部门', '有关部门', '相关单位', '有关单位',
    // Bare 315 and 12345 are too often room or order numbers ("315房间隔音差").
    '12315', '打12345', '12345热线', '市长热线', '12321', '12378', '12363', '315晚会', '消协', '消费者协会', '消保委', '市场监管', '市监局',
    '工商', '工商局', '工商部门', '找工商', '投诉到工商', '工信部', '银保监', '金融监管', '通信管理局', '监管部门', '卫生局', '卫生部门', '食药监',
    '卫健委', '消防部门', '消防局', '消防大队', '打119', '打了119', '消保官', '消保处', '报警', '报了警', '打110', '打了110', '报了110', '报110', '卫生监督', '派出所', '叫警察', '找警察', '到315', '去315', '打315', '打了315', '拨打315', '拨打了315', '投诉到315', '向315',
    // A police case (公安局 alone is as often the news), the disease-control centre a food poisoning goes to, the food and drug hotline, the internet regulator.
    '报案', '疾控', '12331', '网信办',
    'regulator', 'consumer protection', 'ombudsman', 'better business bureau', 'ftc', 'trading standards', 'attorney general',
    'consumer council', 'the council', 'reported it to', 'reporting it to', 'reporting this to', 'report this to', 'reported this to', 'to the police', 'police were called', 'called the cops', 'report you to', 'reporting you to', 'reported you to', 'reported them to', 'call the police', 'called the police', 'police report', 'health department', 'health inspector',
    'food safety authority', 'food safety team', 'food safety agency', 'environmental health', 'health authority', 'contacting the police', 'contact the police',
    'called 911', 'call 911', 'calling 911', 'dialed 911', 'called 999', 'dialled 999',
  ],
  media: [
    '曝光', '找媒体', '联系媒体', '找记者', '联系记者', '电视台', '发到网上', '发网上', '发到微博', '发微博', '发抖音', '发到抖音', '发小红书',
    '上热搜', '公之于众', '让大家都看看', '让网友评评理', '寻求媒体', '媒体的帮助', '黑猫投诉',
    'journalist', 'the press', 'local news', 'the newspaper', 'news channel', 'go public', 'going public', 'post this online', 'posting this on', 'expose you', 'on social media',
    'post the video', 'post it online', 'posting this everywhere', 'post this everywhere', 'posting it everywhere', 'sharing this everywhere', 'leaving this review everywhere', 'posting photos everywhere', 'post photos everywhere',
  ],
  legal: ['律师', '起诉', '法院', '诉讼', '告你们', '告他们', '我要告', '想告', '法律途径', '法律手段', '法律责任', '仲裁', 'lawyer', 'attorney', 'sue you', 'suing', 'lawsuit', 'legal action', 'small claims'],
  health: [
    ...CAUSED_BY_FOOD,
    ...TIMES_OVER,
    ...INJURED,
    '开始吐', '吐了一地', '越来越肿', '肿起来', '肿了起来', '全肿了', '都肿了', '划了个口子', '划了一道口子', '划了一个口子', '吃完想吐', '吃了想吐', '喝完想吐', '喝了想吐', '一直想吐', '中毒', '过敏', '起疹子', '起了疹子', '红疹', '拉了一晚', '拉了一夜',
    '肚子疼', '肚子痛', '胃疼', '胃痛', '肚子难受', '胃难受', '肚子不舒服', '胃不舒服', '肚子还不舒服', '肚子有点不舒服', '肚子就不舒服', '肚子一直不舒服', '肚子有点疼', '肚子就疼', '肚子一直疼', '起疮', '绞痛', '绞着疼', '当场吐了', '疹子', '起疙瘩', '奇痒', '红肿', '破了手', '划破了手', ...BITES_ALL_OVER, '臭虫咬', '跳蚤咬', '咬得满身', '磕青', '磕破', '绊了一跤', '摔了一跤', '呕吐', '吐了一晚', '吐了一夜', '一直吐', '一直在拉',
    // Bites and rashes told by what the skin shows, and falls by the bruise or the limp.
    '全是红包', '一身红包', '全身红包', '起了红包', '起红包', '还长包', '长了包', '长了好多包', '长了一身包', '发红，发痒', '发红,发痒', '发红发痒', '痒得睡不着',
    '脚一滑', '滑了一跤', '青了一大块', '青了一块', '一瘸一拐',
    '喝完就吐', '喝了就吐', '头晕', '头昏', '发麻', '嘴麻', '舌头麻', '舌头发麻', '嘴巴发麻', '嘴发麻', '又麻又肿', '起风团', '风团', '起红点', '喘不上气', '呼吸困难', '喉咙发紧', '流了点血', '把牙崩', '牙都崩', '硌松了',
    ...CUTS_BY_COUNT,
    ...AFTER_EATING,
    // A rash told by its welts, a tooth broken on something hard; "差点被毒死" is said of an illness that happened, not a near miss.
    '红疙瘩', '喉咙肿', '嗓子肿', '硌掉', '牙齿崩', '牙崩掉', '差点被毒死', '差点毒死', '尿血', '便血', '拉血', '拉红尿',
    '发烧', '生病', '病倒', '住院', '进医院', '去医院', '上医院', '看急诊', '急诊', '挂水', '打点滴', '划破', '划伤',
    '割破', '受伤', '摔倒', '滑倒', '摔下', '扭伤', '擦破', '流血', '出血', '起了水泡', '起水泡', '心脏不舒服', '送了医院', '送医院', '送医', '牙崩', '崩了牙', '卡喉咙', '卡在喉咙', '鱼刺卡',
    ...CAUSED_BY_FOOD_EN,
    ...ALLERGIC_REACTION_EN,
    'allergic', 'allergy', 'hospital', 'injured', 'injury', 'got sick', 'made me sick', 'sick after', 'vomit*',
    'stomach ache', 'stomachache', 'electric shock', 'choking', 'chipped my tooth', 'bites all over', 'covered in bites', 'bitten all over', 'broke out in',
    'chipped a tooth', 'chipped my back tooth', 'chipped my front tooth', 'cracked my tooth', 'cracked a tooth', 'broke my tooth', 'broke a tooth',
    'emergency room', 'the er', 'a&e', 'lips swell*', 'lips swollen', 'swelled up', 'antihistamine*',
    // Falls and cuts as guests tell them.
    'sprained', 'twisted my ankle', 'twisted his ankle', 'twisted her ankle', 'twisted an ankle', 'slipped on', 'slipped and fell', 'tripped on', 'tripped over', 'fell hard',
    'cut my gum', 'cut her gum', 'cut his gum', 'cut my lip', 'cut my mouth', 'cut my leg', 'cut his leg', 'cut her leg', 'hit my head', 'hit his head', 'hit her head',
    // Stomach, breath and skin as diners and guests tell them.
    'night on the toilet', 'hours on the toilet', 'sick all night', 'stomach bug', 'got the runs', 'urgent care', 'severe reaction', 'bad reaction', 'my inhaler', 'nauseous', 'nausea',
    'asthma flared', 'set off my asthma', 'triggered my asthma', 'itchy bites', 'gave me a shock', 'got a shock',
    'was bleeding', 'started bleeding', 'there was blood', 'big bruise', 'bruised', 'stomach is cramping', 'stomach cramping', 'wheezing', 'asthma attack', 'itchy red bites', 'bites on my', 'bites all along', 'have the bites', 'bites to prove', 'bed bug bites', 'bedbug bites', 'bitten by bed bugs', 'bitten by bedbugs',
  ],
  // A foreign body counts only in something eaten (checked below): "房间里有蟑螂" is environment.
  foreign_object: [
    ...SELF_LOCATING,
    '编织袋', '线头', '皮筋', '抹布', '纸屑', '创口贴', '虫子', '虫', '蟑螂', '小强', '苍蝇', '蚊子', '蛆', '老鼠', '铁丝', '钢丝', '钢丝球', '玻璃', '玻璃渣', '塑料', '塑料片', '钉子', '螺丝',
    '蜗牛', '蚂蚁', '蜘蛛', '壁虎', '刀片', '铁片', '石子', '石头', '创可贴', '订书钉', '订书针', '瓷片', '碎瓷', '牙签', '塑胶', '塑胶片', '飞蛾', '蛾子', '飞虫', '烟头', '指甲', '异物', '不明物体', '不明物', 'bug', 'bugs', 'cockroach', 'roach', 'insect', 'worm',
    'fly', 'flies', 'weevil*', 'beetle*',
    'maggot', 'glass', 'plastic', 'metal', 'wire', 'staple', 'band-aid', 'bandage', 'foreign object',
    'slug', 'snail', 'caterpillar', 'larva', 'larvae', 'fingernail', 'toenail', 'screw', 'bolt', 'rubber band', 'shard', 'maggots', 'worms', 'cockroaches', 'roaches', 'insects',
  ],
  safety: [
    '安全隐患', '漏电', '触电', '爆炸', '起火', '着火', '失火', '冒烟', '煤气泄漏', '燃气泄漏', '漏煤气', '漏燃气', '煤气漏气', '燃气漏气', '天然气漏', '一氧化碳', '电线裸露', '电线外露',
    '消防通道', '逃生通道', '冒火花', '被电到', '电到了', '被电了', '锁不上门', '门锁不上', '门锁不住', '锁不住', '锁不上', '天花板掉', '吊顶掉', '砸到', '砸伤', '差点砸', '不安全', '很危险', '太危险', '危险',
    '铜丝露', '铜线露', '电线露', '线皮破', '线皮都破', '电线破皮', '插座烧焦', '插座是烧焦', '插头烧焦', '电线烧焦',
    // Glass and chargers that burst: 爆了 alone is a full house or a sold-out dish.
    '玻璃门爆', '玻璃门炸', '玻璃爆了', '玻璃炸了', '充电器爆', '充电器炸', '充电宝爆', '充电宝炸', '电池爆', '电池炸', '插座爆', '插座炸', '水壶炸', '水壶爆',
    '危房', '瓷砖掉', '墙上掉下', '天花板上掉下', '吊灯掉', '灯罩掉',
    // A low railing, a cracked glass door, trapped in a lift, bare wiring (checked below).
    '护栏很矮', '护栏太矮', '护栏太低', '栏杆很矮', '玻璃门有裂', '玻璃门裂了', '玻璃门碎', '玻璃门突然碎', '玻璃门自己碎', '玻璃突然碎', '关在电梯', '电梯里被关', '裸露',
    // Sparks, a lift that drops, a pool where a child nearly drowned.
    '冒火星', '电梯往下掉', '电梯突然往下掉', '电梯下坠', '电梯失控', '电梯突然下滑', '溺水', '差点淹',
    '燃气味', '煤气味', '点着了', '砸在', '线全露', '电线都露', '报警器是拆', '报警器被拆', '没有烟雾报警', '栏杆松动', '护栏松动', '栏杆太低', '差点掉下', '差点摔下', '玻璃门炸裂', '玻璃炸裂', '玻璃爆裂', '被困', '困在电梯',
    ...PREMISES_DANGER,
    'no smoke alarm', 'no smoke detector', 'glass shattered', 'shower screen shattered', 'glass exploded',
    "didn't latch", 'anyone could walk in', 'fan fell', 'fell from the ceiling', 'ceiling collapsed', 'light fixture fell', 'socket was scorched', 'socket sparked',
    'fire hazard', 'caught fire', 'gas leak', 'smelled gas', 'smelt gas', 'smell of gas', 'smelled of gas', 'gas smell', 'fire exit was', 'fire exits were', 'sparking', 'carbon monoxide', 'exposed wires', 'unsafe', 'dangerous',
  ],
  theft: [
    '被偷', '偷了', '失窃', '丢了钱', '钱丢了', '东西丢了', '丢了东西', '东西不见了', '手机不见了', '钱包不见了', '充电宝不见了', '充电宝就不见了', '电脑不见了', '行李不见了', '首饰不见了', '现金不见了', '丢了现金', '偷拍', '针孔摄像头', '摄像头对着', '陌生人进',
    '有人进了我的房间', '打开别人的房间', '开别人的房间', '打开别人的门', '开了别人的门', '半夜有人开门', '有人刷卡进', '刷开了我的门', '开了我的门', '开我的门', '开我们的门', '开了我们的门', '刷我的门', '刷我房门', '刷我的房门', '刷我们的门', '刷我们的房门', '拧我的门把', '拧我们的门把', '拧我房间的门把', '拿房卡开', '拧门把手', '闯进', '性骚扰', '骚扰我', '被跟踪', '跟踪我', '一路跟着我', '尾随', '骗走',
    // Personal-safety incidents: a courier or staff member asking whether she lives alone or where
    // she lives, threats; a door opened with a card or beaten on at night.
    '是不是一个人住', '是不是一个人在家', '一个人住吗', '一个人在家吗', '是否一个人住',
    '有没有男朋友', '约我出去', '我知道你住哪', '知道你住哪', '去我家找我', '来我家找我', '找上门', '威胁短信',
    '开我房门', '开了我房门', '开我的房门', '刷卡开', '刷开了我的房门', '刷开我的房门', '刷开了房门', '被陌生人刷开', '一直在敲我的门', '一直敲门', '醉汉', '喝醉的男', '块现金',
    // A forced lock, goods swapped, a door opened from outside, a peeping worker, cash gone, a worker pestering the guest on WeChat.
    '被撬', '撬门', '撬锁', '撬开', '被掉包', '被别人刷开', '被人刷开', '从外面刷开', '现金没了', '偷窥', '偷看女', '偷看我', '钱不见了', '钱包里的钱少了', '包里的钱少了', '现金少了', '发微信骚扰', '微信骚扰我',
    // Fraud with the customer's data: someone posing as the business, a scam call that knows the booking.
    '冒充你们', '冒充客服', '冒充酒店', '冒充商家', '冒充平台', '诈骗电话', '诈骗短信',
    // Violence: a worker or guest who hit or shoved the customer.
    '殴打', '打伤', '动手打', '推搡', '扇了我', '打了我一巴掌', '拳打脚踢',
    // Gone, of something the guest owns (checked below): "空调遥控器不见了" is a missing amenity, "订单不见了" a glitch.
    ...BELONGINGS_GONE,
    GONE_RIGHT_AFTER,
    'stolen', 'theft', 'was robbed', 'went missing', 'gone missing', 'went through my bag', 'went through my things', 'went through my stuff',
    'missing from my room', 'missing from the room', 'missing from the safe', 'stole', 'hidden camera', 'broke into', 'walked into my room', 'opened my door', 'harassed me', 'followed me',
    'someone entered our room', 'someone entered my room', 'tried to get into our room', 'tried to get into my room', 'filming us', 'filming me', 'filmed us', 'filmed me',
    'taken from our room', 'taken from my room', 'taken from the room', 'took the cash', 'took my cash', 'threatened to come back', 'threatened to hurt', 'threatened to hit', 'threatened to beat',
    'assaulted', 'punched me', 'shoved me', 'grabbed me', 'grabbed my arm',
    // Food tampered with on the way.
    'spat on my food', 'spat in my food', 'spit in my food', 'tampered with my food', 'tampered with the food',
    "didn't authorise", "didn't authorize", 'did not authorise', 'did not authorize', 'logged into my account',
  ],
  // Demands, not mentions: "快递公司说只能按运费赔偿" is the company's offer, not anger.
  compensation: [
    '要求赔偿', '必须赔偿', '赔偿我', '赔我', '给我赔偿', '要赔偿', '你们赔', '赔钱', '索赔', '赔偿损失', '付我的损失', '并赔偿', '和赔偿', '赔偿我们', '退一赔三', '退一赔十', '精神损失', '医药费', '医疗费',
    // The customer asking what the business means to pay: a demand put as a question.
    '打算如何赔偿', '打算怎么赔偿', '准备如何赔偿', '准备怎么赔偿', '你们如何赔偿', '你们怎么赔偿',
    'want compensation', 'demand compensation', 'medical bill', 'clinic bill', "doctor's bill", 'hospital bill', 'pay for my treatment', 'compensate me', 'demand a refund', 'i demand', 'reimburse me',
  ],
};

/** Longer phrases that contain a trigger but are not one: leftmost-longest lets them swallow it. */
const NOT_TRIGGERS = [
  '报警器', '烟雾报警', '工商银行', '工商管理', '工商注册', '谁来赔我', '不过敏', '防过敏', '虫草', '冬虫夏草', '虫虫', '玻璃杯', '玻璃门', '玻璃窗', '玻璃房', '塑料袋装', '塑料盒', '塑料碗',
  '塑料杯', '塑料勺', '塑料餐具', '塑料包装', '石头火锅', '石锅', '钢丝床', '塑料袋', '螺丝椒', '螺蛳', '钱丢了吗', '以为钱丢了', '手指甲', '危险品', '没危险', '不危险', '饿得胃疼', '饿到胃疼', '饿得肚子疼', '饿得头晕', '饿到头晕', '饿得我胃疼', '饿得我头晕', '等得胃疼', '等得我胃疼', '等到胃疼', '等得头晕', '等得我头晕',
  // Wanting to complain (想吐槽); a scratch on the goods and hurt feelings are not injuries.
  '想吐槽', '开始吐槽', '有划伤', '有点划伤', '划伤痕', '划伤的痕', '碰伤和划伤', '很受伤', '好受伤', '真受伤', '心受伤', '受伤的心',
  // Risking one's life to buy from them is a figure of speech.
  '冒着生命危险', '冒生命危险',
  // Anger held in (憋着火) and touts pulling at customers (一直在拉我们) are idioms.
  '憋着火', '窝着火', '压着火', '一直在拉我', '一直在拉客', '一直在拉人', '一直拉黑', '开始拉黑', '就拉黑', '一直拉着', '一直拉不', '开始拉客', '就拉了黑',
  // A fire one sits by, a foggy head after a bad night, a bathroom door that will not lock: no danger.
  '烤着火', '围着火', '烤火', '着火车', '头昏脑涨', '头昏脑胀', '头皮发麻', '浴室的门锁不上', '浴室门锁不上', '卫生间的门锁不上', '卫生间门锁不上', '厕所的门锁不上', '厕所门锁不上',
  // A device's alarm, a trip for a certificate, a cigarette burn in the linen, food too hot to eat, a rider eating the fries.
  '报案号', '零钱不见了', '不足时报警', '低时报警', '自动报警', '报警声', '报警音', '报警提示', '跑派出所', '去派出所开', '派出所开',
  '附近有派出所', '旁边有派出所', '旁边就是派出所', '对面有派出所', '对面就是派出所', '对面是派出所', '隔壁是派出所', '隔壁就是派出所', '派出所旁边', '派出所对面', '派出所附近', '派出所隔壁', '烟头烫', '辣到胃疼', '辣得胃疼', '被偷吃',
  // A repost, news of someone else's exposure, a figure of speech: not this customer's escalation.
  // Wanting to tell (想告诉大家) is not wanting to sue.
  '想告诉', '要告诉', '我要告诉',
  // Reported inside the business or the app is a complaint, not a regulator.
  ...['reported it to', 'reporting it to', 'reported this to', 'reported him to', 'reported them to'].flatMap((verb) =>
    ['the app', 'the manager', 'the front desk', 'front desk', 'reception', 'the staff', 'the hotel', 'the restaurant', 'the platform', 'support'].map((inside) => `${verb} ${inside}`),
  ),
  '曝光率', '曝光度', '高曝光', '过敏体质', '过敏的朋友', '过敏人群', '过敏的人',
  '转发微博', '被曝光', '让人头晕', '看得头晕', '看的头晕', '电视台介绍', '电视台广告', 'glass of',
  'bolt on the door', 'door bolt', 'screw top', 'snail mail',
  'allergy noted', 'allergy note', 'allergies noted', 'allergy in the note', 'allergy info', 'allergy-friendly', 'glasses', 'plastic bag', 'plastic container', 'plastic cutlery', 'metal detector', 'bug fix', 'bugs fixed',
];

const REASONS: Record<Trigger, string> = {
  regulator: 'goes or threatens to go to a regulator or the police',
  media: 'threatens media or social-media exposure',
  legal: 'threatens legal action',
  health: 'reports harm to health',
  foreign_object: 'reports a foreign object in food',
  safety: 'reports a danger to safety',
  theft: 'reports theft or a personal-safety incident',
  compensation: 'angrily demands compensation',
  repeated: 'repeated unresolved complaint',
};

/** Found in the food but, by the guide, a hygiene fault rather than an escalation ("菜里有头发"). */
const FOUND_NOT_URGENT = ['头发', '毛发', '发丝', '一根毛', '长毛'];

const matcher = new PhraseMatcher<Trigger | 'found' | 'none'>([
  ...(Object.entries(TRIGGERS) as [Trigger, string[]][]).flatMap(([trigger, phrases]) => phrases.map((p) => [p, trigger] as const)),
  ...FOUND_NOT_URGENT.map((p) => [p, 'found'] as const),
  ...NOT_TRIGGERS.map((p) => [p, 'none'] as const),
]);

/** Something eaten or drunk near a foreign-object word: 吃出, 菜里, 汤里, 外卖… (米 of 厘米 is a length, 盒 of 收纳盒 or 鞋盒 no lunch box.) */
const FOOD_CONTEXT = /[吃喝食菜饭粉汤粥饺包饼肉鱼虾鸡鸭蛋奶茶饮汁餐碗锅串卷堡披辣粽羹炒炸烤卤酱馅糕]|(?<![厘毫分千])米|(?<![纳鞋饰镜具])盒|(?<![里后前上下外表对侧正背方页封界版桌地])面(?![料板积膜])|(?<![结如效成后因])果(?![然断真])|切开|麻辣烫|外卖|沙拉|寿司|水果|果切|咖啡|凉皮|豆腐|豆花|豆浆|馄饨|抄手|薯条|冰淇淋|冰激凌|雪糕|可乐|毛血旺|food|meal|dish|soup|salad|burger|pizza|noodle|rice|drink|sandwich|bite|ate|eating|order|curry|nugget|bread|roll|broth|fries|chicken|beef|pork|steak|pasta|taco|burrito|wrap|cake|pastry|dessert|dumpling|bowl|milk|yogurt|cereal|dal\b|biryani|pho\b|ramen|sushi|oyster|prawn|shrimp|salmon|tuna|kebab|samosa|naan|sauce|cheese|omelette|toast|smoothie|juice|coffee|latte|boba|ice cream|stew|wings/;
const FOOD_CONTEXT_WINDOW = 20;
/** …and found in it: "汤里有", "吃出", "咬到", "雪糕里面还送螺丝" (a cockroach running past the table is environment). */
const FOUND_IN = /倒出|里面?还送|吐出来|发现是|原来是|竟然是|居然是|有小|夹了|夹着|混着|混了|掺着|掺了|里面全是|里全是|里还有|底下|下面有|趴着|吃出|吃到|(?<![晚早身路马])上有|上半|捞出|漂着|飘着|喝出|喝到|咬到|咬出|嚼到|夹出|挑出|翻出|里有|里面有|里一[只根个块片条颗]|是个|有[个只条根颗]|有一[只根个块片条颗]|里竟然有|里居然有|中有|里发现|里吃出|发现了?一[只根个块片条]|是一[只根个块片条]|found|in my|in the|bit down on|bit into|biting into|chewing on|spotted|spotting|noticed|discovered/;
const FOUND_IN_WINDOW = 14;
/** English words are longer: it says where before ("found a small piece of metal") from farther off, or after ("a cockroach in my rice"). */
const FOUND_IN_WINDOW_LATIN = 32;
/** Chinese says where after the object too: "一只苍蝇，死在汤里", "一只虫子泡在粥里". */
const FOUND_AFTER_ZH = /^[，,、—\s]{0,2}(?:死|泡|躺|漂|飘|粘|沾|趴|混|藏|煮)在/;
const FOUND_AFTER_LATIN = /^[^.!?]{0,24}?\b(?:(?:in|inside|at the bottom of|under|baked into|mixed into|stuck in)\s+(?:my|the|our|his|her|their|a|an)\b|in (?:it|them)\b)/;
const LATIN = /^[a-z]/i;
/** "房间里有蚊子" after a breakfast is praised: found in the premises, not in the food. */
const FOUND_ON_PREMISES = /(房间?|屋|床|桌子?|座位?|旁边|周围|身边|地上|地板|墙|厕所|卫生间|浴室|店|厅|窗)(里面?|上|中|都)?(还|竟然|居然|也)?有[^，。！？,.!?]*$/;
/** "一只小虫在飞", "一只蟑螂从桌子底下跑过去": moving about the room, not in the dish. */
const ON_THE_MOVE = /^.{0,2}(飞|爬来爬去|乱爬|从)|^.{0,4}(跑|窜)/;
/** "safety" words are about the premises; a bare 危险 needs a place around it. */
const PLACE_CONTEXT = /[房店楼梯电门窗厅馆厕浴卫酒宾梯线插灯]|premises|room|hotel|restaurant|stairs|floor|building/;

const INTO_A_PLACE = /[房屋门家店室舍间院车]/;

/** Bare wiring is the danger in 裸露 ("电线直接裸露在外面"); a bare pipe or wall is not. */
const ELECTRIC = /电线|电源|插座|线头|电箱|电闸|铜线|铜丝/;
const ELECTRIC_WINDOW = 8;

/** A worker of the business, whose own loss the customer may mention; "寄存在前台" names a place, not whose. */
const WORKER = /(?<![在到给于])(?:派送员|快递员|快递小哥|骑手|外卖员|送餐员|司机|服务员|保洁|前台|店员|老板)/;
const LOSS_WINDOW = 12;
/** A loss told from the side of who lost it; "保洁偷了…" names the thief instead. */
const LOST = /^(?:被|失|丢|不见)/;
/**
 * "派送员半途手机被偷了还说我不接电话": the courier's phone, not the customer's; "骑手说我的外卖被偷了" is the
 * customer's, and "保洁偷了我的充电宝" names the worker as the thief.
 */
function isSomeoneElsesLoss(text: string, start: number, end: number): boolean {
  if (!LOST.test(text.slice(start, end))) return false;
  const before = sameClauseBefore(text, start, LOSS_WINDOW);
  return WORKER.test(before) && !/我/.test(before);
}

/**
 * A scam call is an incident when it knew the customer ("对方报出了我的订单号", "叫得出我的名字") or took money; "现在诈骗电话太多了"
 * and "谨防诈骗短信" are talk of the times.
 */
const SCAM: ReadonlySet<string> = new Set(['诈骗电话', '诈骗短信']);
const SCAM_AIMED_AT_THE_CUSTOMER = /准确|报出|报得出|说出|说得出|叫得出|知道我|我的(?:名字|姓名|订单|地址|房号|手机号)|骗了|骗走|被骗|转账|转了/;

/**
 * "今晚电视台曝光", "新闻曝光了这家店": an outlet exposing someone is news; "找电视台曝光", "联系媒体曝光" is the customer going to it.
 */
const OUTLET = /(电视台|媒体|央视|新闻|记者|报纸)$/;
const REACHING_THE_OUTLET = /(?:找|联系|打给|给|上|到|向|让|请|去)了?$/;

function isMediaNews(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const outletBefore = phrase === '曝光' ? OUTLET.exec(text.slice(Math.max(0, start - 3), start)) : null;
  if (phrase !== '电视台' && outletBefore === null) return false;
  const outletStart = outletBefore === null ? start : start - outletBefore[1]!.length;
  return !REACHING_THE_OUTLET.test(sameClauseBefore(text, outletStart, 3));
}

/** "no onions because I am allergic", "because of my allergy": why the note was written, not a reaction. */
const ALLERGY_AS_A_REASON = /\b(?:because|as|since|due to)\b(?:\s+of)?(?:\s+(?:my|his|her|an?|i'?m|i am|he'?s|she'?s|he is|she is))?\s+$/i;

/** "我对鱼过敏", "I'm allergic to onions": the customer names a condition; a reaction is told in other words (起疹子, hives, 医院). */
function statesACondition(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (phrase === '过敏') return /对[^，。！？,.!?]{0,6}$/.test(text.slice(Math.max(0, start - 7), start));
  if (phrase === 'allergic' || phrase === 'allergy') return /^\s+to\b/i.test(text.slice(end, end + 4)) || ALLERGY_AS_A_REASON.test(text.slice(Math.max(0, start - 16), start));
  return false;
}

/** "吃完", "喝了两口": something eaten or drunk, before the harm. */
const EATING = /[吃喝]/;

/** Falling ill, as opposed to being hurt: what a relative's illness is told with. */
const ILLNESS: ReadonlySet<string> = new Set(['发烧', '住院', '生病', '病倒', '去医院', '进医院', '上医院']);
const RELATIVE_BEFORE = /(孩子|女儿|儿子|小孩|宝宝|宝贝|娃|老人|父母|父亲|母亲|爸爸|妈妈|我爸|我妈|老爸|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|老公|老婆|家人|家里人)[^，。！？,.!?]{0,8}$/;
const FEVER = /发烧|高烧/;
/** "身体出现状况还是该去医院", "不舒服最好上医院": advice, not a visit ("医生说该住院" is told of a case). */
const ADVICE = /(?<!说)(?:应该|该|最好)$/;
/**
 * "家里老人突然住院，只好取消", "半夜孩子发烧，问前台哪有药店", "凌晨一点发烧，打前台借个体温计": a
 * relative's illness, or a fever of the customer's own and the hospital it leads to, is why the
 * customer writes, not harm the business did, unless something was eaten or drunk first
 * ("孩子吃完晚上发烧").
 */
function isIllnessNotFromTheBusiness(text: string, start: number, end: number): boolean {
  if (!ILLNESS.has(text.slice(start, end)) || EATING.test(text.slice(0, start))) return false;
  const before = text.slice(Math.max(0, start - 10), start);
  return RELATIVE_BEFORE.test(before) || ADVICE.test(before) || text.slice(start, end) === '发烧' || FEVER.test(text.slice(0, start));
}

/**
 * "不见监管部门处罚", "监管部门都死绝了吗", "报道称工商局查处": the regulator as the subject of news or scorn,
 * what it did or failed to do, is not the customer going to it.
 */
const REGULATOR_SPOKEN_OF_AFTER = /^.{0,1}(?:处罚|查处|都死|不作为|干什么|干嘛|在干)/;
const REGULATOR_SPOKEN_OF_BEFORE = /(?:不见|报道称?|新闻说)$/;

const VAGUE_AUTHORITY = /^(相关|有关)/;
/** "已为您反馈至相关部门": the company passing the case on inside itself. */
const HANDED_ON = /转交|转给|转到|反馈至|反馈给|反馈到|交给|交由|提交|上报/;

/**
 * "万一过敏了怎么办", "担心吃坏肚子", "否则奇痒", "容易划伤", "以为我中毒了", "即使受伤也毫无怨言": harm feared,
 * supposed, conceded or possible is not harm ("太可怕了" is no fear of it).
 */
const HYPOTHETICAL = /万一|如果|要是|假如|(?<!可)怕|担心|会不会|以免|小心|否则|不然|以为|估计|容易|即使|即便|哪怕|就算/;
/** "This could have put me in hospital", "in case anyone gets sick": the English of the same. */
const HYPOTHETICAL_EN = /\b(?:could|might)(?:\s+have|'ve)\b|\b(?:could|might)\s+(?:\w+\s+)?(?:get|be|end|put)\b|\b(?:in case|what if|afraid|worried|risk of)\b/i;
const HYPOTHETICAL_WINDOW_LATIN = 40;

/** "触摸板能烫伤手指": what a thing could do ("竟然也能拉肚子" did happen). */
const COULD = /(?<![也竟居还都])能$/;
const HYPOTHETICAL_WINDOW = 8;
/** Danger said in general ("喝蒙牛很危险", "这样包装很危险的") is the guide's only when it is about a place. */
const GENERIC_DANGER: ReadonlySet<string> = new Set(['不安全', '很危险', '太危险', '危险', '安全隐患']);

/** "差点滑倒", "手差点被弄出血": a near miss is not harm (a foreign object in the food still is). */
const NEAR_MISS = /差点|险些|差一点|almost|nearly/;
const NEAR_MISS_WINDOW = 6;

/** "容易中毒" of a tablet is a virus. */
const COMPUTER_CONTEXT = /电脑|平板|系统|软件|机器|病毒|杀毒|刷机|[uU]盘|硬盘|笔记本/;
/**
 * A scratch is an injury only on a body named in its clause: "膝盖磕破了", "划破了手", "嘴里划破出血"; "手机有点划伤",
 * "背部划伤" (of a phone), "碗磕破了" and "窗帘也破了个口子" are the goods. 手 of 手机 and 扶手, 皮 of 外皮 and 背 of 背部 are no body.
 */
const SCRATCHES: ReadonlySet<string> = new Set(['划伤', '划破', '擦破', '磕破', '磕青', ...CUTS_BY_COUNT]);
const BODY = /(?<![扶把拉洗选对入到])手(?![机感柄续表环提写工套])|脚|腿|脸|嘴|唇|舌|牙|龈|喉|嗓|膝|肘|胳膊|臂|腕|额头|头上|头皮|后脑|眼睛|鼻|耳朵|指(?!纹)|腰|身上|皮肤|(?<!外)皮(?![面革套鞋包带箱])|血/;
const BODY_WINDOW_BEFORE = 14;
const BODY_WINDOW_AFTER = 6;
const SURFACE_WINDOW = 8;

/**
 * "平板包装其中一个角严重摔伤", "从30厘米的地方摔倒地板上，一摔就屏幕花掉了": a fall of the goods, named beside it, with no
 * one in the sentence before who could have fallen ("我拿着手机下楼梯摔倒了" is the customer).
 */
const FALLS: ReadonlySet<string> = new Set(['摔倒', '摔伤', '摔下']);
const GOODS = /屏幕|手机|平板|电脑|包装|机器|机身|外壳|箱子|纸箱|盒子|瓶子|货物|快递/;
const PERSON = /[我你他她人孩娃宝爸妈爷奶]|老公|老婆|家人/;
const FALL_WINDOW = 14;

/** Harm said of something other than the customer's body. */
function isAboutTheGoods(text: string, phrase: string, start: number, end: number): boolean {
  if (phrase === '中毒') return near(text, start, end, COMPUTER_CONTEXT, SURFACE_WINDOW * 2);
  if (FALLS.has(phrase)) {
    const sentence = sameSentenceBeforeZh(text, start, FALL_WINDOW * 2);
    return near(text, start, end, GOODS, FALL_WINDOW) && !PERSON.test(sentence) && !BODY.test(sentence);
  }
  return SCRATCHES.has(phrase) && !BODY.test(sameClauseBefore(text, start, BODY_WINDOW_BEFORE)) && !BODY.test(text.slice(end, end + BODY_WINDOW_AFTER));
}

/**
 * A message this positive is thanks or a joke ("差点想报警哈哈", "帮我买了退烧药，太暖了"),
 * whatever words it uses.
 */
export const NOT_A_COMPLAINT = 0.45;
/**
 * In a review this long, the overall praise is about everything else: "服务好，价格适中…但是老公
 * 每次吃都会拉肚子" and "great vibe… someone went through my bag, lost 200 euro" still report harm
 * or theft. Jokes and thanks are short.
 */
export const LONG_REVIEW = 40;
const CAUSED_BY_FOOD_SET: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD, ...CAUSED_BY_FOOD_EN]);
const HARM_IN_ANY_REVIEW: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD_SET, ...ALLERGIC_REACTION_EN, ...INJURED, ...PREMISES_DANGER]);
/**
 * "说是地毯有烟洞要赔偿", "让我要赔偿自己找平台去", "说什么赔我满减券", "快递告诉我们怎么样索赔", "骑手说赔我一杯奶茶":
 * the business's demand, offer, instructions or brush-off, not the customer's ("我跟客服说要求赔偿" is the customer's).
 */
const THEIR_DEMAND = /说是|说要|说什么|让我|要我|叫我|让我们|要我们|告诉我|教我|(?<![跟对和向])(?:骑手|商家|老板|店家|客服|前台|经理|快递员?)说$/;
const THEIR_DEMAND_WINDOW = 12;
/** "退房时说我们把浴巾弄脏了要赔钱", "说我打碎了杯子，要赔钱": the hotel accusing the guest and charging for it. */
const ACCUSED = /说我们?(?:把|打碎|打破|弄|少|拿|刮|损坏)/;
const ACCUSED_WINDOW = 30;
/** Sentiment at or below this makes a compensation demand an angry one. */
export const ANGRY_SENTIMENT = -0.5;
/** Unresolved complaints before this item in the customer's history that make a new one urgent. */
export const REPEATED_UNRESOLVED = 2;

/** Stomach trouble, which follows what was eaten; an allergy or a rash points at the order or the room as often. */
const DIGESTIVE = /肚|胃|吐|拉|泻|中毒/;
const ATE_WINDOW = 10;

function isIllnessFromFood(text: string, phrase: string, start: number): boolean {
  if (CAUSED_BY_FOOD_SET.has(phrase)) return true;
  return DIGESTIVE.test(phrase) && EATING.test(text.slice(Math.max(0, start - ATE_WINDOW), start));
}

export interface UrgencyResult {
  urgent: boolean;
  urgentReason?: string;
  explanations: string[];
  /** What was found in the food ("蟑螂" in "麻辣烫里有一只蟑螂", "头发" in "菜里有头发"), urgent or not. */
  foundInFood?: string;
  /** With foundInFood: whether the message names premises at all (店, 房间, 厕所…): pests there are environment. */
  namesPremises?: boolean;
  /** The harm phrase when it follows something eaten or drunk ("吃完拉肚子"): the food is at fault. */
  illnessFromFood?: string;
  /** Urgent for harm that happened to the customer (health, a foreign object, danger, theft), not for a threat. */
  reportsHarm?: boolean;
}

const HARM: ReadonlySet<Trigger> = new Set(['health', 'foreign_object', 'safety', 'theft']);

/** Up to `window` characters before `start`, from the last clause break on: "楼上有人走动，蚊子也多" finds nothing in the food. */
function sameClauseBefore(text: string, start: number, window: number): string {
  const from = Math.max(0, start - window);
  for (let i = start - 1; i >= from; i--) if (isClauseBreak(text.charCodeAt(i))) return text.slice(i + 1, start);
  return text.slice(from, start);
}

/** Up to `window` characters before `start`, from the last Chinese or English sentence end on. */
function sameSentenceBeforeZh(text: string, start: number, window: number): string {
  const before = text.slice(Math.max(0, start - window), start);
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
}

/** Up to `window` characters before `start`, from the last sentence end on. */
function sameSentenceBefore(text: string, start: number, window: number): string {
  const before = text.slice(Math.max(0, start - window), start);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
}

function near(text: string, start: number, end: number, pattern: RegExp, window = FOOD_CONTEXT_WINDOW): boolean {
  return pattern.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}

/** Numbness told beside Sichuan pepper or a spicy dish is its flavour ("麻辣烫太麻了，舌头发麻"), not a reaction. */
const NUMB: ReadonlySet<string> = new Set(['发麻', '嘴麻', '舌头麻', '舌头发麻', '嘴巴发麻', '嘴发麻']);
const SPICE = /麻辣|花椒|藤椒|太麻|很麻|好麻|麻麻|微麻|特麻|重麻|辣/;
const SPICE_WINDOW = 12;
/** "不是花椒那种麻": the spice denied, the numbness is a reaction. */
const SPICE_DENIED = /不是|不像|并非/;

function isSpiceNumbness(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SPICE_WINDOW);
  const around = text.slice(from, Math.min(text.length, end + SPICE_WINDOW));
  const spice = SPICE.exec(around);
  return spice !== null && !SPICE_DENIED.test(around.slice(Math.max(0, spice.index - 3), spice.index));
}

/** A stomach that hurts from hunger or spice ("还没吃上饭，饿得肚子疼", "吃了一口辣得胃不舒服") is no harm the food did. */
const HUNGER_OR_SPICE = /饿|等[得到了]|辣[得到]/;
const STOMACH = /肚|胃/;

function isHungerOrSpice(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  return STOMACH.test(phrase) && !CAUSED_BY_FOOD_SET.has(phrase) && HUNGER_OR_SPICE.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW));
}

/** "看到别人评论说吃出虫子", "听说有人吃完拉肚子": another customer's illness or find, heard of, not this customer's. */
const HEARSAY = /别人|评论说|评价说|听说|据说|网上说|有人说/;
const HEARSAY_WINDOW = 12;

/** An earlier visit or another thing: "以前", "去年", "上次"… */
const EARLIER = /以前|之前|上次|上回|去年|前年|曾经|小时候|以往|几年前|那次/;
const EARLIER_WINDOW = 16;
/** The experiential 过 after the harm ("被偷过一次", "割伤过嘴") or between the finding and the object ("吃出过虫子"); 过敏, 过来, 过期 are other words. */
const EXPERIENCED_AFTER = /^过(?![敏来去期度分头])/;
const EXPERIENCED_BEFORE = /[出到]过[一几两]?[只根个块片条颗次]?$/;

/**
 * "去年在这家酒店被偷过一次东西，这次…很安心", "我小宝以前就被这样的书割伤过嘴": harm of an earlier visit or
 * another thing, told as experience, is why the customer is careful, not what happened this time.
 */
function isEarlierExperience(text: string, start: number, end: number): boolean {
  const before = sameClauseBefore(text, start, EARLIER_WINDOW);
  return EARLIER.test(before) && (EXPERIENCED_AFTER.test(text.slice(end, end + 2)) || EXPERIENCED_BEFORE.test(before));
}

function counts(trigger: Trigger, text: string, start: number, end: number, sentimentScore: number): boolean {
  if (HARM.has(trigger) && isEarlierExperience(text, start, end)) return false;
  if ((trigger === 'health' || trigger === 'foreign_object') && HEARSAY.test(sameClauseBefore(text, start, HEARSAY_WINDOW))) return false;
  switch (trigger) {
    case 'health':
      if (AFTER_EATING_SET.has(text.slice(start, end)) && !EATING.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW))) return false;
      if (statesACondition(text, start, end) || isIllnessNotFromTheBusiness(text, start, end) || isAboutTheGoods(text, text.slice(start, end), start, end)) return false;
      if (NUMB.has(text.slice(start, end)) && isSpiceNumbness(text, start, end)) return false;
      if (isHungerOrSpice(text, start, end)) return false;
      if (BITES_ALL_OVER_SET.has(text.slice(start, end)) && MOSQUITO.test(text.slice(Math.max(0, start - MOSQUITO_WINDOW), start))) return false;
      return (
        !isNegated(text, start) &&
        !NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) &&
        !COULD.test(text.slice(0, start)) &&
        !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) &&
        !HYPOTHETICAL_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))
      );
    case 'theft':
      if (isSomeoneElsesLoss(text, start, end)) return false;
      if (SCAM.has(text.slice(start, end)) && !SCAM_AIMED_AT_THE_CUSTOMER.test(text)) return false;
      // "万一东西不见了谁负责", "担心钱包被偷": a loss feared is no loss.
      if (HYPOTHETICAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW))) return false;
      if (BELONGINGS_GONE_SET.has(text.slice(start, end)) && !(text.slice(start, end) === GONE_RIGHT_AFTER ? BELONGING_RIGHT_BEFORE : BELONGINGS_BEFORE).test(text.slice(Math.max(0, start - 30), start))) return false;
      // "闯进了决赛" is a team's progress; a break-in names where.
      if (text.slice(start, end) === '闯进' && !INTO_A_PLACE.test(text.slice(end, end + 6))) return false;
      return !isNegated(text, start);
    case 'foreign_object': {
      // "如果吃出虫子我会直接投诉": an object supposed in its own clause was not found.
      if (HYPOTHETICAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW))) return false;
      if (SELF_LOCATING_SET.has(text.slice(start, end))) return !isNegated(text, start) && near(text, start, end, FOOD_CONTEXT);
      const english = LATIN.test(text.charAt(start));
      return (
        !isNegated(text, start) &&
        (FOUND_IN.test(english ? text.slice(Math.max(0, start - FOUND_IN_WINDOW_LATIN), start) : sameClauseBefore(text, start, FOUND_IN_WINDOW)) ||
          (english ? FOUND_AFTER_LATIN.test(text.slice(end, end + 40)) : FOUND_AFTER_ZH.test(text.slice(end, end + 6)))) &&
        !FOUND_ON_PREMISES.test(text.slice(Math.max(0, start - FOUND_IN_WINDOW), start)) &&
        !ON_THE_MOVE.test(text.slice(end, end + 5)) &&
        near(text, start, end, FOOD_CONTEXT, english ? FOUND_IN_WINDOW_LATIN + 8 : FOOD_CONTEXT_WINDOW)
      );
    }
    case 'safety':
      if (text.slice(start, end) === '裸露' && !near(text, start, end, ELECTRIC, ELECTRIC_WINDOW)) return false;
      return !isNegated(text, start) && !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) && ((end - start > 2 && !GENERIC_DANGER.has(text.slice(start, end))) || near(text, start, end, PLACE_CONTEXT));
    case 'legal':
      return !isNegated(text, start);
    case 'compensation':
      return (
        sentimentScore <= ANGRY_SENTIMENT &&
        !isNegated(text, start) &&
        !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW)) &&
        !ACCUSED.test(sameSentenceBeforeZh(text, start, ACCUSED_WINDOW))
      );
    case 'media':
      if (isMediaNews(text, start, end)) return false;
      // "让我们发抖音打卡": the business asking for a post, not the customer threatening one.
      return sentimentScore < 0 && !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW));
    case 'regulator':
      if (NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW))) return false;
      if (REGULATOR_SPOKEN_OF_AFTER.test(text.slice(end, end + 5)) || REGULATOR_SPOKEN_OF_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
      return !VAGUE_AUTHORITY.test(text.slice(start, end)) || (sentimentScore < 0 && !HANDED_ON.test(text.slice(Math.max(0, start - 4), start)));
    default:
      return true;
  }
}

/**
 * The stomach in the diner's own words after eating ("吃完肚子一直咕噜咕噜", "胃里难受了一晚上", "肚子有点隐隐作痛"): the
 * organ and the discomfort a few characters apart ("胃里一阵一阵的疼"; "肚子吃撑了难受" is fullness), where the list above
 * names only the commonest joins. Hunger and spice are checked as for the listed phrases (isHungerOrSpice).
 */
const STOMACH_TROUBLE = /(?:肚子|胃|肠胃)[^，。！？,.!?\s撑饱饿]{0,6}?(?:疼|痛|难受|不舒服|不适|咕噜|翻腾)/g;

function stomachTroubleAfterEating(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('肚') && !text.includes('胃')) return undefined;
  for (const trouble of text.matchAll(STOMACH_TROUBLE)) {
    const start = trouble.index;
    const end = start + trouble[0].length;
    if (EATING.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) && counts('health', text, start, end, sentimentScore)) return trouble[0];
  }
  return undefined;
}

export function detectUrgency(analysisText: string, sentimentScore: number, history: ClassifierInput['history']): UrgencyResult {
  const reasons = new Map<Trigger, string>();
  let foundInFood: string | undefined;
  let illnessFromFood: string | undefined;
  const hits = matcher.scan(analysisText);
  for (let h = 0; h < hits; h++) {
    const trigger = matcher.value(h);
    if (trigger === 'found') {
      if (foundInFood === undefined && counts('foreign_object', analysisText, matcher.start(h), matcher.end(h), sentimentScore)) foundInFood = matcher.phrase(h);
      continue;
    }
    if (trigger === 'none' || reasons.has(trigger)) continue;
    const harmInLongReview = analysisText.length >= LONG_REVIEW && (trigger === 'foreign_object' || trigger === 'theft' || HARM_IN_ANY_REVIEW.has(matcher.phrase(h)));
    const praiseOutweighs = sentimentScore >= NOT_A_COMPLAINT && !harmInLongReview;
    if (praiseOutweighs || !counts(trigger, analysisText, matcher.start(h), matcher.end(h), sentimentScore)) continue;
    reasons.set(trigger, `${REASONS[trigger]} ("${matcher.phrase(h)}")`);
    if (trigger === 'foreign_object') foundInFood = matcher.phrase(h);
    if (trigger === 'health' && isIllnessFromFood(analysisText, matcher.phrase(h), matcher.start(h))) illnessFromFood = matcher.phrase(h);
  }
  if (!reasons.has('health') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const trouble = stomachTroubleAfterEating(analysisText, sentimentScore);
    if (trouble !== undefined) {
      reasons.set('health', `${REASONS.health} ("${trouble}")`);
      illnessFromFood ??= trouble;
    }
  }
  if (history && history.unresolvedComplaints >= REPEATED_UNRESOLVED && sentimentScore < 0) {
    reasons.set('repeated', `${REASONS.repeated} (${history.unresolvedComplaints} unresolved before it)`);
  }
  const result: UrgencyResult = { urgent: false, explanations: [] };
  if (foundInFood !== undefined) {
    result.foundInFood = foundInFood;
    result.namesPremises = PLACE_CONTEXT.test(analysisText);
  }
  if (reasons.size === 0) return result;
  if (illnessFromFood !== undefined) result.illnessFromFood = illnessFromFood;
  result.urgent = true;
  if ([...reasons.keys()].some((trigger) => HARM.has(trigger))) result.reportsHarm = true;
  result.urgentReason = [...reasons.values()].join('; ');
  result.explanations.push(`urgent: ${result.urgentReason}`);
  return result;
}
