import { PhraseMatcher } from './phrase-matcher.ts';

/** Phrases written `|`-separated: as string literals each cost the process package three bytes more, and it has little room under its 1.3 MB. */
const listed = (phrases: string): string[] => phrases.split('|');

/** The phrases that tell an escalation signal, the longer phrases that swallow them, and the word lists their conditions (urgency/) read. */

export type Trigger = 'regulator' | 'media' | 'legal' | 'health' | 'foreign_object' | 'safety' | 'theft' | 'compensation' | 'repeated';
/** What a phrase in the message triggers: all but the customer's history (repeated-complaints.ts). */
type PhraseTrigger = Exclude<Trigger, 'repeated'>;

/** Insects that grew in the food, or something floating in the drink: the phrase itself says where they are ("牛奶生蛆", "苹果长虫子", "牛奶漂浮物"). */
const SELF_LOCATING = listed('生蛆|长蛆|长虫|生虫|长了虫|生了虫|长了蛆|生了蛆|漂浮物');
export const SELF_LOCATING_SET: ReadonlySet<string> = new Set(SELF_LOCATING);

/** Harm the food itself caused: it counts even inside a long, happy review (see LONG_REVIEW). */
export const CAUSED_BY_FOOD = ['食物中毒', '拉肚子', '啦肚子', '拉了肚子',
  // 拉肚子 with a bare 拉 of BARE_LOOSE_BOWELS in front ("吃完一直拉肚子", "晚上就开始拉肚子"), which would swallow it: the whole is the harm and the reason to quote.
  '一直拉肚子', '开始拉肚子', '就拉了肚子', '完拉了肚子',
  // Poisoned by mushrooms not cooked through (菌子没煮熟中毒了), where 中毒 alone is often being hooked on a dish.
  '没煮熟中毒', '菌子中毒', '蘑菇中毒', '菌菇中毒',
  ...listed('拉稀|腹泻|闹肚子|吃坏肚子|吃坏了肚子|肠胃炎|上吐下泻|又吐又拉|又拉又吐|又吐又泻|又拉又泻|又泻又吐'),
  ...listed('拉了一天|拉了两天|拉了一整天|拉了一整夜|拉了一整晚|拉了一宿|吃完就拉|吃了就拉|吃完就吐|吃了就吐|吃完吐了|吃了吐了'),
  // Diarrhoea in its slang right after eating (吃完就窜了, 这家凉面吃了就窜).
  ...listed('吃完就窜|吃了就窜|喝完就窜|喝了就窜|吃完就蹿|吃了就蹿'),
  // Purged till weak or dry (拉到虚脱, 拉得腿软), or counted in days (拉了好几天了).
  '拉了好几天', '拉了几天', '拉了三天', '拉了好多天',
  ...listed('拉的我腿|拉得我腿|拉的腿都软|拉得腿都软|拉到虚脱|拉得虚脱|拉虚脱|拉到脱水|拉得脱水|拉脱水|拉到腿软|拉得腿软'),
  ...listed('窜稀|蹿稀|开始窜稀|开始蹿稀|一直窜稀|一直蹿稀|跑肚|跑了一晚上厕所|跑了一夜厕所|跑了一晚厕所|跑了好几趟厕所|跑了几趟厕所|跑了一天厕所'),
  '跑了一整晚厕所', '跑了一整夜厕所', '跑了一下午厕所', '跑了一上午厕所'];

/** The same in English, whose sentiment words (AFINN) know none of it: "woke up at 3am throwing up" read as mild praise. */
export const CAUSED_BY_FOOD_EN = listed('food poisoning|food poisoned|threw up|throwing up|puking|puked|diarrhea|diarrhoea|stomach cramps');

/** An allergic reaction counts inside a long review too, but is the order's fault as often as the food's (nuts left in). */
export const ALLERGIC_REACTION_EN = listed('allergic reaction|anaphylaxis|anaphylactic|hives|epipen|epi-pen');

/**
 * Injuries told as events (a burn, a cut that bled, stitches, a fracture): like food poisoning they count inside a
 * long, happy review ("lovely resort… my son cut his foot on a broken tile and needed stitches").
 */
export const INJURED = ['烫伤', '烫到手', '烫到了手', '烫到脚', '烫到腿', '烫到胳膊', '烫到孩子', '烫到宝宝', '个水泡', '个大水泡', '烫得我', '把我烫', '烫到我', '被开水烫', '被热水烫', '被热汤烫', '被热茶烫', '烫起泡', '烫出泡', '烫出了泡', '烫起了泡', '烫了个泡', '烫红',
  // Struck on the body by something falling ("花洒掉下来砸到头"): 砸到 alone is a danger only where a place is named.
  ...['砸到', '砸到了', '砸中', '砸在', '砸了'].flatMap((hit) => ['头', '脑袋', '脚', '手', '腿', '脸', '肩膀', '背'].map((body) => `${hit}${body}`)),
  // A bruise still showing days after (胳膊撞在洗手台上 到现在还青着; checked for a body earlier in its sentence: 芒果还青着 is unripe).
  '还青着',
  // A big blister from a hot fitting (暖气片…手上起了个大泡), a rat's bite on the body (被老鼠咬了脚; 被老鼠咬的苹果 is the goods).
  ...listed('起了个大泡|起了一个大泡|老鼠咬了脚|老鼠咬了手|老鼠咬了我|被老鼠咬了一口'),
  ...listed('骨折|摔断|缝针|缝了几针|缝了两针|缝了三针|缝了好几针|摔伤|流了好多血|流了很多血|流了血|流了不少血|流了一些血|流了一手血|头破了|割伤'),
  ...listed('stitches|cut my foot|cut his foot|cut her foot|cut my hand|cut his hand|cut her hand|cut my finger|burned my|burnt my|scalded|fractured|broke my arm|broke my wrist|broke his arm|broke her arm'),
  // A body part hurt, a blow to the head, a night at a clinic or a hospital, as riders, passengers and customers tell them.
  ...['neck', 'back', 'knee', 'ankle', 'wrist', 'shoulder', 'head', 'leg', 'arm', 'hand', 'foot'].map((part) => `hurt my ${part}`),
  ...listed('whiplash|concussion|broke my leg|broke my ankle|broke my nose|broke my finger|broke my toe'),
  ...listed('ended up in hospital|ended up in the hospital|ended up in a&e|ended up in the er|ended up at urgent care|went to urgent care|go to urgent care'),
  'taken to hospital', 'taken to the hospital', 'in an ambulance', 'called an ambulance'];

/** How many, as customers count: "拉了七八次", "跑了好多趟厕所", "被咬了几十个包". */
const COUNTS = listed('两|三|四|五|六|七|八|十|几|好几|好多|十几|几十|两三|三四|四五|五六|六七|七八|八九');
const TIMES = listed('次|回|遍|趟');

/**
 * A cut told by its count or its blood ("脚被划了好几道口子", or the strokes alone: "脚被划了好几道"): an injury when a body is named
 * beside it (checked below); "桌面被划了几道" is the furniture.
 */
export const CUTS_BY_COUNT = ['夹破', '撞破', '条口子', '条血口', '道口子', '个口子', '道血口', '个血口', '划出血', '割出血', '个大口子', '道大口子', '个小口子', '道小口子',
  ...['一', ...COUNTS].flatMap((n) => [`划了${n}道`, `割了${n}道`])];

/** Bites all over or counted ("被咬了几十个包"): bed bugs or fleas harm the guest, mosquitoes are the room's environment (checked below). */
const BITES_ALL_OVER = ['满身包', '一身包', '全是包', '都是包', '全是咬的', '都是咬的', '咬的红点', '咬得全身', '咬得我全身', '咬得浑身', '咬得我浑身',
  // Bitten told from the body's side ("全身被咬得一粒一粒", "身上被咬了好多"), and the itch that keeps the guest awake.
  ...listed('全身被咬|浑身被咬|身上被咬|一身被咬|痒到睡不着|痒得睡唔着|痒到睡唔着'),
  '咬了一个大包', '咬了个大包', '咬了一个包', ...COUNTS.flatMap((n) => [`咬了${n}个包`, `咬了${n}包`])];
export const BITES_ALL_OVER_SET: ReadonlySet<string> = new Set(BITES_ALL_OVER);
export const MOSQUITO = /蚊/;
export const MOSQUITO_WINDOW = 20;

/** The customer's identity used by someone else ("有人用我的信息开了贷款"): an incident when told, not when asked ("是不是有人冒用我的身份证"). */
const IDENTITY_USED = listed('用我的信息|用我的身份|用了我的信息|用了我的身份|冒用我的|盗用我的|身份证被冒用|身份信息被盗用|信息被盗用');
export const IDENTITY_USED_SET: ReadonlySet<string> = new Set(IDENTITY_USED);

/** A cold caught: harm only where the room's cold gave it (urgency/illness.ts). */
export const COLD_CAUGHT: readonly string[] = ['就感冒', '都感冒', '感冒了'];

/** Belongings gone: theft when the sentence names what went (checked below). */
const BELONGINGS_GONE = listed('不见了|被拿走了|被人拿走|不翼而飞');
/**
 * "打扫完我的充电器就没了", "里面的手表没了": gone, of the belonging right before it; "手机信号很差，进电梯就没了" is the signal, and a bare
 * 没了 must end its clause ("耳机没了声音" is a fault).
 */
export const GONE_RIGHT_AFTER = '就没了';
export const GONE_AT_CLAUSE_END = '没了';
/** Gone when the guest woke or came back, a clause after the belonging was left (手机放床头充电 早上起来没了): it must end its clause as 没了 does ("回来就没了电" is a battery). */
export const GONE_ON_RETURN: ReadonlySet<string> = new Set(['起来没了', '起来就没了', '回来没了', '回来就没了']);
export const BELONGINGS_GONE_SET: ReadonlySet<string> = new Set([...BELONGINGS_GONE, GONE_RIGHT_AFTER, GONE_AT_CLAUSE_END, ...GONE_ON_RETURN]);
/** What a customer carries or keeps in the room, named in the sentence before it went. */
export const BELONGING = '(手机|钱包|现金|块钱|羽绒服|电脑|平板|iPad|ipad|耳机|AirPods|airpods|手表|首饰|项链|手镯|戒指|金饰|相机|充电宝|充电器|行李|箱子|香水|大衣|外套|衣服|护照|身份证)';
export const BELONGINGS_BEFORE = new RegExp(`${BELONGING}[^。！？!?]{0,20}$`);
/** Taken by someone, which an order left at the door also is (外卖放门口被人拿走了: order-taken.ts); gone (不见了, 没了) is not, as a mislaid order also is. */
export const TAKEN_BY_SOMEONE: ReadonlySet<string> = new Set(['被拿走了', '被人拿走']);
export const BELONGING_RIGHT_BEFORE = new RegExp(`${BELONGING}$`);

/** A danger in the building, told as what the guest saw: it counts inside a long, happy review too ("good hotel but the fire exit was chained shut"). */
/** Sparks, however they are told (插充电器的时候冒了火花, 排风扇…直接冒火星了): from a fitting, never a joke or thanks (checked below; a grill's are cooking). */
export const SPARKS = listed('冒火花|冒火星|冒了火花|冒出火花|冒出了火花|冒了火星|冒出火星|冒出了火星|起了火花|蹦出火花|闪了火花');

export const PREMISES_DANGER = [
  ...listed('安全通道的门是锁|安全通道的门被锁|安全通道的门还被锁|安全通道被锁|安全通道锁着|安全出口被锁|安全出口锁着|安全出口的门是锁'),
  ...listed('loose railing|railing is loose|railing was loose|wobbly railing|wobbly balcony railing|loose balcony railing|railing wobbl*'),
  // A railing a child could get over, as the English say it ("a waist-high railing you could climb over, on the 9th floor").
  ...listed('waist-high railing|waist high railing|low railing|railing you could climb|climb over the railing|climb over the balcony'),
  ...listed('wires showing|wires hanging out|wires sticking out|exposed wiring|bare wires|live wires|chained shut|fire exit was locked|fire exit was blocked|fire exits were locked|fire exits were blocked'),
  'smelled strongly of gas', 'smelt strongly of gas', 'strong smell of gas', 'reeked of gas', 'stank of gas',
];

/** Diarrhoea told by a bare 拉 ("吃完拉了", "晚上开始拉", "肚子咕咕叫一直拉"); 一直拉黑, 一直拉着, 拉不开 are other verbs (NOT_TRIGGERS). */
const BARE_LOOSE_BOWELS = listed('一直拉|开始拉|就拉了|完拉了');
/** Lips or face swelling: a reaction to what was eaten. */
const SWELLING = listed('脸肿的|脸肿得|嘴唇肿|嘴唇都肿|嘴就肿|嘴肿了|嘴唇就肿|脸就肿|喉咙就肿|嘴巴肿|嘴都肿|脸都肿|脸肿了|也肿了');

const MOUTH = listed('嘴里|嘴巴|嘴上|嘴角|满嘴|舌头|嘴唇|口腔|嗓子|喉咙');
const BLISTERED = listed('起了好多小泡|起了小泡|起小泡|起了一堆小泡|长了小泡|起泡|起了泡|全是泡|都是泡|长泡|长了泡|都起泡|全起泡|起了一圈泡|起了好多泡|起了一堆泡');

/** A railing told by where it reaches (护栏就到我腰): of a railing only, checked in urgency/safety.ts; "水才到腰" is a shallow pool. */
export const RAILING_REACH = listed('就到我腰|只到我腰|才到我腰|只到腰|才到腰');

/** Trips to the toilet, counted: harm after eating, a night's visits otherwise ("晚上上了两次厕所，马桶冲不下去"). */
/** Trips to the toilet, counted, by any of its names ("跑了好几趟卫生间"). */
const TOILETS = ['厕所', '卫生间', '洗手间'];
const TOILET_TRIPS = COUNTS.flatMap((n) => TIMES.flatMap((unit) => TOILETS.flatMap((toilet) => [`跑了${n}${unit}${toilet}`, `上了${n}${unit}${toilet}`])));

/**
 * Stomach trouble told by the toilet or the churning ("一直跑厕所", "胃里翻江倒海", "喝了一瓶…开始不舒服"): harm after
 * something eaten or drunk before it in the sentence (checked below), and red spots after it ("吃完脸上起了一片红点");
 * "厕所在外面，晚上跑厕所", "心里翻江倒海" and "床单上有几个小红点" are not.
 */
const AFTER_EATING = ['跑厕所', '跑卫生间', '跑洗手间', '厕所跑了', '往厕所跑', '往卫生间跑', '往洗手间跑', '翻江倒海', '开始不舒服', '红点', ...TOILET_TRIPS, ...BARE_LOOSE_BOWELS, ...SWELLING,
  // Short of breath, in hospital or on a drip (吃完进了医院, 输了两天液): "闷得喘不过气" is a stuffy room, "上班时间输液" the customer's own illness.
  // 中招 after eating is the illness the table shared ("一家三口全部中招").
  ...listed('中招|喘不过气|喘不上气|喘不上来气|喘不过来气|胸闷|气短|呼吸急促|进了医院|进了急诊|输液|输了液|吊水|打吊瓶'),
  // A doctor or a clinic after eating, as diners and Hong Kong diners say it (去社区医院开了药, 要去急症室, 睇医生).
  ...listed('一直反胃|去药店|看了医生|去看医生|睇医生|睇咗医生'),
  // Hong Kong diners' diarrhoea (屙肚, 屙咗成晚).
  ...listed('屙肚|肚屙|屙咗|去诊所|到诊所|社区医院|急症室'),
  // The whole table or household down with it ("吃完全家都在拉"), and a pet that ate it foaming at the mouth.
  // Scratching that will not stop after a bite of something (吃了一口蛋糕 脸就红了 一直挠): a cat at the door ate nothing.
  '一直挠', '一直在挠', '挠个不停',
  '都在拉', '全在拉', '都拉了', '全拉了', '口吐白沫',
  // A hospital named by its kind or reached ("直接去了儿童医院", "送到医院"), and vomiting right after ("喝了半瓶就吐了").
  ...listed('儿童医院|妇幼|消化科|肠胃科|看门诊|挂了号|去了医院|到了医院|送到医院|送去医院|就吐了|都吐了'),
  // Itching and welts after eating, and the antihistamine taken for them ("全身痒，脖子上一片一片的红块，吃了氯雷他定").
  ...listed('风疹|全身痒|浑身痒|全身发痒|浑身发痒|身上发痒|红块|抗过敏药|过敏药|氯雷他定|西替利嗪|扑尔敏|开瑞坦'),
  // Told only by its consequence after eating: days off sick ("吃了他家的卤味，第二天请了三天病假"), a racing heart; "请了半天假在家等师傅" ate nothing.
  // Weak and in a cold sweat, or the whole table laid low, after eating (吃了半份 现在整个人发虚冒冷汗, 三个人第二天全都倒下了).
  // A rash or an itching mouth after a drink or a dish (喝了两口果汁就说嘴巴痒，脸上全是红斑).
  ...listed('红斑|嘴巴痒|嘴巴发痒|嘴痒|嘴唇痒|嘴唇发痒|嘴里痒|舌头痒'),
  // Woken by the pain or a night at the toilet bowl (凌晨三点被疼醒, 整晚抱着马桶), a throat closing (嗓子眼发紧, 喘气都费劲), lips numb and swollen
  // (嘴唇都麻了肿了), ulcers in the mouth (嘴巴现在起了溃疡): after something eaten, as the list's other words. Not 恶心 that lasts
  // (吃到一根头发，恶心了一下午): said of a meal it is mostly disgust; nausea with a body sign (恶心反酸, 恶心想吐) still counts.
  ...listed('胃抽筋|肚子抽筋|疼得直打滚|疼得打滚|痛得打滚|疼得满床打滚|一直反酸|恶心反酸|反酸恶心'),
  // Stuck in the toilet, or the whole office off, after eating (一直在厕所出不来, 吃了的同事第二天全请假了).
  ...listed('厕所出不来|厕所里出不来|蹲在厕所|马桶上出不来|全请假|都请假了|全部请假了|集体请假'),
  // Diarrhoea told by the stool (宝宝…拉的都是绿的).
  '拉的都是', '拉出来都是', '水样便',
  ...listed('疼醒|痛醒|抱着马桶|蹲在马桶上|趴在马桶|马桶上站不起来|嗓子眼发紧|喉咙眼发紧|喘气都费劲|喘气费劲|呼吸都费劲|呼吸费劲|喘气困难'),
  ...listed('麻了肿了|肿了麻了|起了溃疡|长了溃疡|嘴巴溃疡|嘴里溃疡'),
  ...listed('冒冷汗|出冷汗|浑身无力|全身无力|四肢无力|浑身发软|浑身没劲|全身发软|全都倒下|全倒下了|都倒下了|全家倒下|集体倒下'),
  '病假', ...['一', '两', '三', '半', '几', '好几'].map((n) => `请了${n}天假`), '心慌', '心悸',
  // Nausea setting in, or the head going light too, after a drink or a dish (喝了半杯就开始恶心想吐 头也晕); "房间闷得很…头也晕" ate nothing.
  '开始恶心', '头也晕', '头也昏',
  // Pain all night after eating (吃完肚子胀得跟气球一样 疼了一夜): "床垫太软 腰疼了一夜" ate nothing.
  // A purge or retching through half the night or till dawn (外卖吃完一家三口全躺了 拉到半夜); "吵到半夜" ate nothing.
  ...['拉', '吐'].flatMap((purge) => [`${purge}到半夜`, `${purge}了半夜`, `${purge}到天亮`]),
  ...listed('疼了一夜|疼了一晚|疼了一宿|疼了一整夜|疼了一整晚|痛了一夜|痛了一晚|痛了一宿'),
  // A stomach gone wrong after a drink or a dish (烧水喝了之后肚子就开始不对劲).
  ...listed('肚子不对劲|肚子就不对劲|肚子开始不对劲|肚子就开始不对劲|胃不对劲|胃就开始不对劲'),
  // Diarrhoea in its slang (吃完中午就开始窜), and blisters in the mouth after eating (嘴里起了一圈泡, 满嘴起泡): "上火嘴里起泡" ate nothing first.
  '我窜了一', '我蹿了一', '开始窜', '开始蹿', '一直窜', '一直蹿', '还在窜', '还在蹿', '轮流上厕所', '轮流跑厕所', '轮着上厕所', '轮着跑厕所', '轮番上厕所', '轮番跑厕所', '抢厕所', ...TOILETS.map((toilet) => `往返${toilet}`),
  // The throat itching after the allergen was eaten (我海鲜过敏…吃了一口喉咙就痒): the reaction, where the bare 过敏 states the condition.
  ...listed('喉咙痒|喉咙就痒|喉咙发痒|喉咙好痒|嗓子痒|嗓子就痒|嗓子发痒'),
  ...MOUTH.flatMap((mouth) => BLISTERED.map((blister) => `${mouth}${blister}`))];
export const AFTER_EATING_SET: ReadonlySet<string> = new Set(AFTER_EATING);
export const AFTER_EATING_WINDOW = 30;

/** "吐了三回", "拉了好几趟": counted, it happened. */
const TIMES_OVER = COUNTS.flatMap((n) => TIMES.flatMap((unit) => [`吐了${n}${unit}`, `拉了${n}${unit}`]));
export const TIMES_OVER_SET: ReadonlySet<string> = new Set(TIMES_OVER);

/**
 * Fraud on the customer's account as bank and telecom customers tell it ("three transactions I didn't make", "reported it as fraud"):
 * theft when the customer complains of it; thanks for a fraud refunded quickly is the bank's good service. The fraud team alone,
 * or a bill called fraud ("charging me after I cancelled is fraud"), names none of these.
 */
export const FRAUD_ON_ACCOUNT = ['used my credit card details', 'used my card details', 'my card had been used', 'fraudulent charges', 'fraudulent charge', 'fraudulent transactions', 'fraudulent transaction', 'reported it as fraud', 'reported them as fraud', "transactions i didn't make", "charges i didn't make", "payments i didn't make", "purchases i didn't make", 'sim swap', 'got into my bank account', 'got into my account', 'emptied my account'];
export const FRAUD_ON_ACCOUNT_SET: ReadonlySet<string> = new Set(FRAUD_ON_ACCOUNT);

const TRIGGERS: Record<PhraseTrigger, string[]> = {
  regulator: [
    // "相关部门也可以看看": the customer points at the authorities without naming one.
    '相关部门', '有关部门', '相关单位', '有关单位',
    // Bare 315 and 12345 are too often room or order numbers ("315房间隔音差").
    ...listed('12315|打12345|12345热线|12345市民|市民热线|市长热线|12321|12378|12363|315晚会|消协|消费者协会|消保委|市场监管|市监局|市监'),
    ...listed('工商|工商局|工商部门|找工商|投诉到工商|工信部|银保监|金融监管|金融监督管理|通信管理局|监管部门|卫生局|卫生部门|食药监'),
    ...listed('卫健委|消防部门|消防局|消防大队|打119|打了119|消保官|消保处'),
    // Taiwan's and Hong Kong's consumer bodies, as their guests name them (消保會, 消基會, 消委會).
    ...listed('消保会|消基会|消委会|消费者委员会|报警|报了警|打110|打了110|报了110|报110|卫生监督|派出所|叫警察|找警察|到315|去315|打315|打了315|拨打315|拨打了315|投诉到315|向315'),
    // A police case (公安局 alone is as often the news), the disease-control centre a food poisoning goes to, the food and drug hotline, the internet regulator.
    '报案', '疾控', '12331', '网信办',
    // Taiwan's consumer foundation (消費者文教基金會), where its consumers take what the mainland takes to 消协.
    '消基会', '消费者文教基金会',
    // The market regulator by its full name (市场监督管理局), and the citizens' hotline dialled or complained to.
    ...listed('市场监督|打了12345|12345你好|12345您好|邮政管理局|消费者投诉热线|12345投诉|12345举报|12345反映|投诉12345|食品安全投诉|食安投诉'),
    ...listed('regulator|consumer protection|ombudsman|better business bureau|ftc|trading standards|attorney general'),
    ...listed('consumer council|the council|reported it to|reporting it to|reporting this to|report this to|reported this to|to the police|police were called|called the cops|report you to|reporting you to|reported you to|reported them to|call the police|called the police|police report|health department|health inspector'),
    ...listed('food safety authority|food safety team|food safety agency|environmental health|health authority|contacting the police|contact the police'),
    ...listed('called 911|call 911|calling 911|dialed 911|called 999|dialled 999'),
    // Other trades' regulators as their English customers name them: banks (CFPB, FCA), telecoms (FCC, Ofcom), any business (BBB).
    ...listed('cfpb|fcc|ofcom|fca|bbb|department of transportation|dot complaint|complaint with the dot|faa'),
    // Air passengers' enforcement bodies (EU261's national bodies, the UK's CAA), utilities' and insurers' commissions, India's and Australia's regulators.
    ...listed('enforcement body|civil aviation authority|caa|consumer affairs|public utility commission|public utilities commission|insurance commissioner|department of insurance|trai|rbi|accc'),
  ],
  media: [
    ...listed('曝光|找媒体|联系媒体|找记者|联系记者|找了媒体|联系了媒体|找了记者|联系了记者|电视台|发到网上|发网上|发到微博|发微博|发抖音|发到抖音|发小红书|发到小红书|到脸书|发脸书|上脸书|上传影片到|上传视频到'),
    ...listed('上热搜|公之于众|让大家都看看|让网友评评理|寻求媒体|媒体的帮助|黑猫投诉'),
    // Sent to the press ("发给了当地的媒体").
    ...listed('让全网都知道|让全网知道|全网曝光|发帖让大家|发帖让全网|发给媒体|发给了媒体|发给当地的媒体|发给了当地的媒体|发给当地媒体|发给了当地媒体|交给媒体'),
    ...listed('journalist|the press|local news|the newspaper|local newspaper|to the papers|my travel blog|on my blog|news channel|go public|going public|post this online|posting this on|expose you|on social media'),
    ...listed('post the video|post it online|posting this everywhere|post this everywhere|posting it everywhere|sharing this everywhere|leaving this review everywhere|posting photos everywhere|post photos everywhere'),
  ],
  legal: ['律师', '起诉', '法院', '诉讼', '告你们', '告他们', '我要告', '想告', '法律途径', '法律手段', '法律责任', '仲裁', 'lawyer', 'attorney', 'sue you', 'suing', 'lawsuit', 'legal action', 'small claims',
    // Plural and British counsel, a court named as where it goes, India's legal notice; not a bare "sue", as often the name at the desk.
    ...listed('lawyers|attorneys|solicitor|solicitors|sue them|will sue|going to sue|gonna sue|see you in court|taking you to court|take you to court|taking them to court|take them to court|court action'),
    'legal proceedings', 'class action', 'legal notice', 'legal advice', 'consumer court', 'consumer forum'],
  health: [
    ...CAUSED_BY_FOOD,
    ...TIMES_OVER,
    ...INJURED,
    // Typed by sound or in pinyin, as phones autocomplete it (拉肚纸, 食物中du).
    ...listed('拉肚纸|闹肚纸|啦肚纸|拉肚zi|中du|上吐下泄|腹泄|又吐又泄'),
    // A drip or a bottle counted by the day is treatment that happened (输了两天液, 挂了三天水); a tooth chipped by what was bitten.
    ...['一', '两', '三', '四', '五', '好几', '几'].flatMap((n) => [`输了${n}天液`, `输了${n}天的液`, `挂了${n}天水`, `挂了${n}天的水`, `打了${n}天吊瓶`, `打了${n}天点滴`]),
    '牙缺了', '牙都缺', '牙齿缺了', '门牙缺',
    ...listed('开始吐|吐了一地|越来越肿|肿起来|肿了起来|全肿了|都肿了|划了个口子|划了一道口子|划了一条口子|划了一个口子|吃完想吐|吃了想吐|喝完想吐|喝了想吐|一直想吐|中毒|过敏|起疹子|起了疹子|红疹|拉了一晚|拉了一夜'),
    '肚子疼', '肚子痛', '胃疼', '胃痛', '肚子难受', '胃难受', '肚子不舒服', '胃不舒服', '肚子还不舒服', '肚子有点不舒服', '肚子就不舒服', '肚子一直不舒服', '肚子有点疼', '肚子就疼', '肚子一直疼', '起疮', '绞痛', '绞着疼', '当场吐了', '疹子', '起疙瘩', '奇痒', '红肿', '破了手', '划破了手', ...BITES_ALL_OVER, '臭虫咬', '跳蚤咬', '咬得满身', '磕青', '磕破', '绊了一跤', '摔了一跤', '呕吐', '吐了一晚', '吐了一夜', '一直吐', '一直在拉',
    // Bites and rashes told by what the skin shows, and falls by the bruise or the limp.
    ...listed('全是红包|一身红包|全身红包|起了红包|起红包|还长包|长了包|长了好多包|长了一身包|发红，发痒|发红,发痒|发红发痒|痒得睡不着'),
    // Blisters counted in the mouth, a hand caught, a trip ("嘴里起了好几个泡", "手被夹了，指甲都紫了", "我爸绊倒了").
    ...COUNTS.map((n) => `起了${n}个泡`), '起了个泡', '手被夹', '脚被夹', '夹伤', '夹到手', '指甲都紫', '绊倒',
    // A fall in the shower, told without 倒 (老人洗澡摔了); 摔了 alone is as often a phone.
    '洗澡摔了', '洗澡时摔', '洗澡的时候摔', '摔了一大跤', '摔了个跟头',
    ...listed('脚一滑|滑了一跤|青了一大块|青了一大片|紫了一大片|晕车吐|颠得吐|晃得吐|差点追尾|差点出车祸|险些追尾|青了一块|一瘸一拐|都青了|淤青|瘀青'),
    ...listed('喝完就吐|喝了就吐|头晕|头昏|发麻|嘴麻|舌头麻|舌头发麻|嘴巴发麻|嘴发麻|又麻又肿|起风团|风团|起红点|呼吸困难|喉咙发紧|流了点血|把牙崩|牙都崩|硌松了'),
    ...CUTS_BY_COUNT,
    ...AFTER_EATING,
    // A rash told by its welts, a tooth broken on something hard; "差点被毒死" is said of an illness that happened, not a near miss.
    ...listed('红疙瘩|喉咙肿|嗓子肿|硌掉|牙齿崩|牙崩掉|差点被毒死|差点毒死|尿血|便血|拉血|拉红尿'),
    ...listed('发烧|生病|病倒|住院|进医院|去医院|上医院|看急诊|急诊|挂水|打点滴|划破|划伤'),
    // The fever and the hives as diners say them (发高烧, 荨麻疹); the hospital and the drip after eating are below.
    ...listed('发高烧|高烧|荨麻疹|胃肠炎|急性胃炎|急性肠炎'),
    // A cold caught, which counts only where the room's cold gave it (urgency/illness.ts: CAUGHT_FROM_THE_ROOM).
    ...COLD_CAUGHT,
    // A stomach pumped, the guest's or a pet's ("我家狗舔了之后送去洗胃"): something harmful was swallowed.
    '洗胃',
    // An ambulance called, an ankle turned ("赶紧打了120", "一脚踩空崴了脚").
    ...listed('打了120|打120|叫了120|叫120|叫救护车|叫了救护车|上了救护车|救护车拉走|救护车送|崴了脚|崴到脚|崴脚|脚崴了|脚崴到|一脚踩空'),
    // A misstep or a tumble down the stairs ("我妈踩空摔了", "下楼时滚下去了").
    ...listed('踩空|滚下去|滚了下去|滚下楼|摔下楼|吐得稀里哗啦|吐得一塌糊涂|把孩子烫|把宝宝烫|把手烫|手被烫'),
    // A fall told by where it landed or what it left (摔了个屁股墩, 尾椎骨疼了好几天), a limb pinched black and blue (胳膊被夹得青紫).
    ...listed('屁股墩|屁墩|摔了个四脚朝天|摔得四脚朝天|摔了个仰八叉|摔了个大马趴|摔了个狗吃屎|摔了个狗啃泥|尾椎骨疼|尾椎骨痛|尾椎疼|尾椎痛|尾骨疼|尾骨痛|摔到尾椎|磕到尾椎'),
    // Cramps in waves (胃里一阵一阵绞).
    '一阵一阵绞', '一阵阵绞', '一阵一阵地绞', '一阵一阵的绞',
    // A mouth numb past feeling (checked for Sichuan pepper like 发麻).
    '麻到没知觉', '麻得没知觉', '麻到没有知觉', '麻得没有知觉',
    ...listed('被夹得|夹得青紫|夹青了|夹紫了|青紫|青一块紫一块'),
    // The head struck on a surface (头磕在瓷砖上, 磕到了头), a shock told by its tingle (一摸被麻了一下), a jab after a bite or a cut (去打狂犬疫苗, 打了破伤风).
    // Not 撞到头, which is as often a room too small to turn in or a buyer's folly (卫生间转个身都能撞到头, 花1900买这个真是撞到头了).
    // The back of the head or a bump told bare (后脑勺磕了个包, 额头磕了个包); 磕了个坑 is a suitcase.
    ...listed('后脑勺磕|后脑磕|后脑勺撞|后脑撞|磕了个包|磕了一个包|磕出了个包|磕出了一个包'),
    // A knee struck or skin grazed in a fall (膝盖磕地上破皮了); 破皮 alone is as often a leather sofa.
    ...listed('膝盖磕|膝盖摔|擦破皮|蹭破皮|磕破皮|摔破皮'),
    ...listed('头磕在|头磕到|头磕地|头撞地|头磕桌|脑袋磕|磕到了头|头撞在|磕到脑袋|磕了个大包|撞了个大包|磕出一个包|磕出个包|撞出一个包|撞出个包'),
    ...listed('被麻了一下|一摸就麻|一碰就麻|摸了一下就麻|被电得|电得我手'),
    // The jab, not the bite: "被狗咬了一个洞" and "被老鼠咬的苹果" are the food or the goods.
    '狂犬疫苗', '狂犬针', '打狂犬', '破伤风',
    // A sprained ankle by its swelling (脚踝肿成馒头), a scald by the spill or the skin it took (热汤泼到我女儿腿上, 后背烫掉一层皮), the eye clinic after something fell in.
    // A spill whose heat is unsaid (服务员把可乐泼在我身上) is clumsiness, no scald.
    // A foot or hand pierced (孩子脚被扎破了); a tyre 扎破 in the car park is none.
    ...listed('脚被扎|手被扎|脚扎破|手扎破|扎破了脚|扎破了手|扎到脚|扎到手|扎进脚|扎进手|扎进肉'),
    // Boiling water poured over a limb (开水全浇我腿上), a child pulled out of the pool after swallowing water (呛了好几口水, 被捞上来).
    ...listed('开水全浇|开水浇到|开水浇在|热水浇到|热水浇在|浇我腿上|浇我手上|浇我脚上|浇我身上|浇到我腿|浇到我手|浇在我腿|浇在我手'),
    ...listed('呛了好几口水|呛了几口水|呛了好多水|呛了不少水|被捞上来|被救上来|救了上来'),
    // A back or an ankle wrenched (我老公腰扭了, 闪了腰).
    ...listed('腰扭了|扭了腰|扭到腰|扭到了腰|闪了腰|闪到腰|闪到了腰|脚扭了|扭了脚|扭到了脚'),
    // A scrape that drew blood (腿刮了一道血印子); 刮伤 alone is as often a car (checked for a body like 划伤).
    '血印子', '血道子', '刮出血', '刮伤', '刮破',
    ...listed('脚踝肿|脚踝都肿|脚腕肿|脚脖子肿|肿成馒头|肿得像馒头|肿成猪蹄'),
    ...listed('热汤泼到|热汤泼在|热水泼到|热水泼在|开水泼到|开水泼在|热茶泼到|热茶泼在|热汤洒在|热汤洒到|热水洒在|热水洒到|开水洒在|开水洒到|热油溅|油溅到'),
    // A scald told bare after the water that did it (洗澡水忽冷忽热烫到了): checked below for the water before it.
    '烫到了',
    ...listed('烫掉一层皮|烫掉了一层皮|烫脱皮|烫得脱皮|烫破皮|烫破了皮'),
    ...listed('掉进眼睛|进了眼睛|去了眼科|看了眼科|去眼科|挂了眼科|挂眼科|眼科医院|去了皮肤科|看了皮肤科|挂了皮肤科'),
    ...listed('割破|受伤|摔倒|滑倒|摔下|扭伤|擦破|流血|出血|起了水泡|起水泡|心脏不舒服|送了医院|送医院|送医|牙崩|崩了牙|卡喉咙|卡在喉咙|鱼刺卡'),
    // Hurt by a blow or a weight, on a body named beside it (checked below): "腰被撞伤", "脚被压伤"; "箱子撞伤了" is the goods.
    '撞伤', '压伤', '戳伤',
    // A bone or a bite caught in the throat: 鱼骨头扎到了喉咙, 嗓子被卡住了.
    ...listed('扎到喉咙|扎到了喉咙|扎进喉咙|卡到喉咙|卡住喉咙|卡住了喉咙|喉咙被卡|嗓子被卡|鱼骨卡|骨头卡在'),
    ...CAUSED_BY_FOOD_EN,
    ...ALLERGIC_REACTION_EN,
    ...listed('allergic|allergy|hospital|injured|injury|got sick|made me sick|sick after|vomit*'),
    ...listed('stomach ache|stomachache|electric shock|choking|chipped my tooth|bites all over|covered in bites|bitten all over|broke out in'),
    ...listed('chipped a tooth|chipped my back tooth|chipped my front tooth|cracked my tooth|cracked a tooth|broke my tooth|broke a tooth'),
    ...listed('emergency room|the er|a&e|lips swell*|lips swollen|swelled up|antihistamine*'),
    // Falls and cuts as guests tell them.
    ...listed('sprained|twisted my ankle|twisted his ankle|twisted her ankle|twisted an ankle|slipped on|slipped and fell|tripped on|tripped over|fell hard'),
    ...listed('cut my gum|cut her gum|cut his gum|cut my lip|cut my mouth|cut the inside of my|cut my cheek|cut my tongue|cut my leg|cut his leg|cut her leg|hit my head|hit his head|hit her head'),
    // Stomach, breath and skin as diners and guests tell them.
    ...listed('night on the toilet|hours on the toilet|sick all night|stomach bug|got the runs|urgent care|severe reaction|bad reaction|my inhaler|nauseous|nausea'),
    ...listed('asthma flared|set off my asthma|triggered my asthma|itchy bites|gave me a shock|got a shock'),
    // Harm in the other trades: a gym machine or a fitting that struck the customer, skin after the bedding, a driver who endangered the rider.
    ...listed('hit me in the face|hit me in the head|hit me in the eye|got a rash|gave me a rash|gave us a rash|broke out in a rash'),
    ...listed('nearly crashed|almost crashed|nearly caused an accident|almost caused an accident|reckless driving|driving recklessly|driving like a maniac|driving like a madman'),
    'drunk driver', 'driver was drunk', 'fell asleep at the wheel', 'falling asleep at the wheel',
    ...listed('was bleeding|started bleeding|there was blood|big bruise|bruised|stomach is cramping|stomach cramping|wheezing|asthma attack|itchy red bites|bites on my|bites all along|have the bites|bites to prove|bed bug bites|bedbug bites|bitten by bed bugs|bitten by bedbugs'),
  ],
  // A foreign body counts only in something eaten (checked below): "房间里有蟑螂" is environment.
  foreign_object: [
    ...SELF_LOCATING,
    ...listed('编织袋|塑料袋的角|塑料袋碎片|一角塑料袋|一块塑料袋|一片塑料袋|线头|皮筋|抹布|纸屑|创口贴|虫子|虫|蟑螂|小强|苍蝇|蚊子|蛆|老鼠|铁丝|钢丝|钢丝球|玻璃|玻璃渣|塑料|塑料片|钉子|螺丝'),
    ...listed('蚯蚓|蜈蚣|蜗牛|蚂蚁|蜘蛛|壁虎|刀片|铁片|铁皮|铁屑|金属片|金属丝|石子|石头|创可贴|订书钉|订书针|瓷片|碎瓷|牙签|塑胶|塑胶片|飞蛾|蛾子|飞虫|烟头|烟屁股|烟蒂|指甲|异物|钢珠|铁钉|刷毛|钢刷|钢丝刷|一颗牙齿|半颗牙齿|一颗牙|半颗牙|颗假牙|一颗人牙|钢针|针头|缝衣针|绣花针|大头针|一根针|细针|小针|断针|铁针|鱼钩|不明物体|不明物|bug|bugs|cockroach|roach|insect|worm'),
    // A shard of the wrapping found in the dish (吃出来一块塑料包装的碎片), where 塑料包装 alone is the packaging.
    '塑料包装的碎片', '塑料包装碎片', '包装的碎片', '塑料碎片',
    'fly', 'flies', 'weevil*', 'beetle*',
    ...listed('maggot|glass|plastic|metal|wire|staple|band-aid|bandage|foreign object'),
    ...listed('slug|snail|caterpillar|larva|larvae|fingernail|toenail|screw|bolt|rubber band|shard|maggots|worms|cockroaches|roaches|insects'),
  ],
  safety: [
    ...listed('安全隐患|漏电|触电|爆炸|起火|着火|失火|冒烟|煤气泄漏|燃气泄漏|漏煤气|漏燃气|煤气漏气|燃气漏气|天然气漏|一氧化碳|电线裸露|电线外露'),
    '消防通道', '逃生通道', '楼道全是烟', '走廊全是烟', '楼道里全是烟', '走廊里全是烟', '浓烟', '安全出口锁', '安全出口被锁', '安全出口也锁', '安全出口还锁', '没灭火器', '没有灭火器', '灭火器过期', '吊灯掉', '栏杆松', '栏杆是松', ...SPARKS, '被电到', '电到了', '被电了', '被电麻', '电麻了', '电了一下', '被电击', '锁不上门', '门锁不上', '门锁不住', '锁不住', '锁不上', '天花板掉', '吊顶掉', '砸到', '砸伤', '差点砸', '不安全', '很危险', '太危险', '危险',
    // A room door that will not keep anyone out: 门锁坏的，随便一推就开, 房门没法反锁 (not 门锁坏了进不去, a guest locked out).
    ...listed('随便一推就开|随便一推门就开|从里面锁不了|从里面锁不上|里面锁不了|防盗链是坏的|防盗链坏了|防盗链也是坏的|锁也关不严|门锁关不严|反锁不了|反锁不上|不能反锁|没法反锁|无法反锁|锁不了门'),
    '铜丝露', '铜线露', '电线露', ...['露着', '露出', '露出了'].flatMap((bare) => [`${bare}铜丝`, `${bare}铜线`]), '电线破了', '电线都破了', '线皮破', '线皮都破', '电线破皮', '塑料烧焦', '塑胶烧焦', '插座烧焦', '电线打火', '插座打火', '插头打火', '开关打火', '打火花', '插座是烧焦', '插头烧焦', '电线烧焦',
    // A socket sparking when used (插座松了 一插就打火), the smoke alarm taken down (烟雾报警器被拆了, 烟感是被拆掉的; not 烟感响了, a false alarm).
    '一插就打火', '插上就打火', '冒了点火星', '冒了些火星', '冒出了点火星',
    // An extinguisher empty or expired, the smoke alarm missing (走廊的灭火器都是空的, 房间没有烟雾报警器).
    ...listed('灭火器都是空|灭火器是空|灭火器过期|灭火器都过期|灭火器早就过期|没有烟雾报警器|没有烟感|没有灭火器'),
    '一插就冒火', '一开就打火', '一按就打火', '一碰就打火',
    ...['烟雾报警器', '烟感', '烟雾探测器'].flatMap((alarm) => [`${alarm}被拆`, `${alarm}拆了`, `${alarm}拆掉了`, `${alarm}是被拆`, `${alarm}被人拆`, `${alarm}被套`, `${alarm}被人用`]),
    // Glass and chargers that burst: 爆了 alone is a full house or a sold-out dish.
    ...listed('玻璃门爆|玻璃门炸|玻璃爆了|玻璃炸了|充电器爆|充电器炸|充电宝爆|充电宝炸|电池爆|电池炸|插座爆|插座炸|水壶炸|水壶爆'),
    ...listed('危房|瓷砖掉|墙上掉下|天花板上掉下|吊灯掉|灯罩掉|砸到我|砸到了我|砸中我|砸在我'),
    // A low railing, a cracked glass door, trapped in a lift, bare wiring (checked below).
    // A railing said low by any degree (阳台栏杆很低).
    ...['栏杆', '护栏'].flatMap((rail) => ['很', '太', '好', '特别', '非常', '超'].flatMap((degree) => [`${rail}${degree}低`, `${rail}${degree}矮`])), '玻璃门有裂', '玻璃门裂了', '玻璃门碎', '玻璃门突然碎', '玻璃门自己碎', '玻璃突然碎', '关在电梯', '电梯里被关', '卡在两层之间', '卡在楼层之间', '卡在半空', '裸露', '露在外面',
    // Sparks, a lift that drops, a pool where a child nearly drowned.
    // Sparks told with 了 or 出 between (插充电器的时候冒了火花).
    // Shut in, told from inside (电梯突然停了 我们一家被关在里面); 被关在门外 is a guest locked out.
    '被关在里面', '被困在里面', '关在里面出不来', '困在里面出不来', '被关在电梯',
    // Someone else shut in, told from outside (电梯坏了，把一个老人关在里面半个小时).
    '人关在里面', '人困在里面', '人关在电梯', '人困在电梯',
    ...listed('电梯往下掉|电梯突然往下掉|电梯下坠|电梯失控|电梯突然下滑|溺水|差点淹'),
    // A window a child can open wide, a drop with nothing to stop a fall ("窗户没有限位，小孩一推就全开", "阳台没有护栏").
    // A railing told by where it reaches or what it lets through (护栏就到我腰, 孩子一爬就能翻出去).
    ...RAILING_REACH, '就能翻出去', '一爬就能翻', '一爬就翻出去', '就能爬出去', '一爬就出去',
    ...listed('没有限位|没装限位|没有防护栏|没有护栏|没装护栏|没有栏杆|一推就全开'),
    ...listed('燃气味|煤气味|点着了|砸在|线全露|电线都露|报警器是拆|报警器被拆|没有烟雾报警|栏杆松动|护栏松动|差点掉下|差点摔下|玻璃门炸裂|玻璃炸裂|玻璃爆裂|被困|困在电梯'),
    ...PREMISES_DANGER,
    'no smoke alarm', 'no smoke detector', 'glass shattered', 'shower screen shattered', 'glass exploded',
    "didn't latch", 'anyone could walk in', 'fan fell', 'fell from the ceiling', 'ceiling collapsed', 'light fixture fell', 'socket was scorched', 'socket sparked',
    ...listed('fire hazard|caught fire|gas leak|smelled gas|smelt gas|smell of gas|smelled of gas|gas smell|fire exit was|fire exits were|sparking|carbon monoxide|exposed wires|unsafe|dangerous'),
  ],
  theft: [
    // A break-in at a home or a car (单元有两家被盗了, 车被撬了): 被盗 alone is as often an account (账号被盗了), no incident of the guide's.
    ...listed('家被盗|户被盗|家里被盗|车被盗|入室盗窃|被入室|车被撬|门被撬'),
    // Pinched off the table (一转身就被旁边经过的人顺走了).
    '被顺走', '人顺走了', '被人顺走',
    ...listed('被偷|偷了|失窃|丢了钱|钱丢了|东西丢了|丢了东西|东西不见了|手机不见了|钱包不见了|充电宝不见了|充电宝就不见了|电脑不见了|行李不见了|首饰不见了|现金不见了|丢了现金|偷拍|针孔摄像头|摄像头对着|陌生人进'),
    // A hidden camera by its other names (針孔鏡頭, a pinhole lens).
    ...listed('针孔镜头|针孔摄像|针孔相机|隐藏摄像头|隐藏的摄像头|隐形摄像头|偷拍镜头'),
    ...listed('有人进了我的房间|打开别人的房间|开别人的房间|打开别人的门|开了别人的门|半夜有人开门|有人刷卡进|刷开了我的门|开了我的门|开我的门|开我们的门|开了我们的门|刷我的门|刷我房门|刷我的房门|刷我们的门|刷我们的房门|拧我的门把|拧我们的门把|拧我房间的门把|拧我房门|拧我们房门|拧我的房门|扭我的门把|扭我房门|转我的门把|有人拧门|有人在拧门|拿房卡开|拧门把手|闯进|性骚扰|骚扰我|被跟踪|跟踪我|一路跟着我|尾随|骗走'),
    // Personal-safety incidents: a courier or staff member asking whether she lives alone or where
    // she lives, threats; a door opened with a card or beaten on at night.
    '是不是一个人住', '是不是一个人在家', '一个人住吗', '一个人在家吗', '是否一个人住',
    ...listed('有没有男朋友|约我出去|我知道你住哪|知道你住哪|去我家找我|来我家找我|找上门|找上来了|把我的房号告诉|房号告诉了|泄露了我的房号|房号被泄露|威胁短信'),
    // The same told by the customer ("还说知道我住哪，叫我小心点"), and a stranger at the door.
    ...listed('知道我家在哪|知道我住几楼|看我一个人住|知道我住哪|知道我住在哪|知道我一个人'),
    // Belongings searched or slit while the guest was out ("趁我不在进房间翻了我的包", "行李箱被人划开了").
    ...listed('翻了我的包|翻我的包|翻了我的东西|翻我的东西|被人划开|被划开了|叫我小心点|让我小心点|你给我小心点|不认识的男人|不认识的男的|找人收拾|要收拾我|收拾我一顿|找人打我|弄死你|弄死我'),
    // Someone climbing in from the balcony or a window (checked below like 闯进).
    '翻进',
    // Violence threatened or barely held off (冲上来要打我，被保安拦住了; 差点动手), a door pushed at night, a card that opens a neighbour's room.
    ...listed('冲上来要打|冲过来要打|冲上来就要打|要跟我动手|要和我动手|差点动手|差点打起来|挥拳|要揍我|想揍我'),
    // Someone pushing in at the door or insisting on coming in (还想往里挤, 骑手硬要进屋), the handle tried (拧我房间门把手); not a crowd (大家都往里挤).
    ...listed('想往里挤|硬往里挤|往屋里挤|往房间里挤|往屋里闯|往房间里闯|硬要进屋|硬要进门|硬要进来|非要进屋|非要进来|强行进屋|强行进门|拧我房间门把'),
    ...listed('推我房门|推我的门|推我的房门|推我们的门|推我们房门|推我们的房门|推我房间的门|有人推门|有人在推门|有人一直推门|一直推门'),
    ...listed('刷开隔壁|开隔壁的门|开隔壁房|开了隔壁|能开别人|刷开别人'),
    // The guest's identity used by someone else after the stay (checked below).
    ...IDENTITY_USED,
    ...['陌生人', '陌生男人', '陌生男子', '陌生男的'].flatMap((who) => ['来敲门', '一直敲门', '在敲门', '敲我的门', '敲我们的门', '敲我房门', '跟着我'].map((did) => `${who}${did}`)),
    // A man knocking on the guest's door, told without 陌生 (半夜有个男的一直敲我门); a friend coming to knock names no man.
    ...['男的', '男人', '陌生人'].flatMap((who) => ['一直敲我门', '一直敲我的门', '敲我门', '在敲我门'].map((did) => `${who}${did}`)), '一直敲我门', '一直敲我的门', '一直敲我房门',
    '开我房门', '开了我房门', '开我的房门', '刷卡开',
    // The door opened on the guest from outside, or held only by its chain ("门被打开了 幸好挂了防盗链"); advice to use the chain is none.
    ...listed('门被打开了|门被人打开|门被刷开|房门被打开|防盗链挡住|被防盗链挡|幸好挂了防盗链|幸亏挂了防盗链|还好挂了防盗链|幸好有防盗链|幸亏有防盗链|还好有防盗链'),
    // The room named between the card and the door ("凌晨三点有人刷我房间的门，门都打开了一条缝"), or a party's door ("有人拿房卡刷开了我们的房门").
    ...['刷', '刷了', '刷开', '刷开了'].flatMap((card) => ['我房间的门', '我们房间的门', '我房间门', '我的房间门', '我住的房间', '我们的房门', '我们房门'].map((door) => `${card}${door}`)), '刷开了我的房门', '刷开我的房门', '刷开了房门', '被陌生人刷开', '一直在敲我的门', '一直敲门', '醉汉', '喝醉的男', '块现金',
    // A forced lock, goods swapped, a door opened from outside, a peeping worker, cash gone, a worker pestering the guest on WeChat.
    ...listed('被撬|撬门|撬锁|撬开|被掉包|被别人刷开|被人刷开|从外面刷开|现金没了|偷窥|偷看女|偷看我|钱不见了|钱包里的钱少了|包里的钱少了|现金少了|发微信骚扰|微信骚扰我|给我发骚扰'),
    // Fraud with the customer's data: someone posing as the business, a scam call that knows the booking.
    ...listed('冒充你们|冒充客服|冒充酒店|冒充商家|冒充平台|诈骗电话|诈骗短信'),
    // A card used by someone else after it was handed over ("信用卡被人刷了两千"); a deposit charged twice is billing ("卡被刷了两次押金").
    '盗刷', '卡被人刷', '卡被别人刷', '卡被盗',
    // Violence: a worker or guest who hit or shoved the customer.
    ...listed('殴打|打伤|动手打|推搡|动手推|推了我一把|推了我一下|把我推倒|对我动手|踢了我一脚|扇了我|打了我一巴掌|拳打脚踢'),
    // Someone in the guest's room or things unasked: 未经允许进我房间, 行李被人翻过.
    ...listed('行李箱被人打开|行李被人打开|箱子被人打开|行李箱被人动过|行李被人动过|箱子被人动过|踹门|踹我的门|踹我们的门|踹房门|踹我房门|踹我们房门|砸我的门|砸我们的门|一直砸门'),
    '进了我的房间', '进了我们的房间', '进了我房间', '进了我们房间',
    // A car broken into at the hotel's car park, a bag taken (a bare 包 is as often a bun, so only with 被拿走).
    ...listed('车窗被砸|车窗被人砸|车玻璃被砸|车被砸|车被撬|包被拿走|包被人拿走'),
    ...listed('未经允许进|未经允许就进|未经同意进|未经同意就进|擅自进入|擅自进我|擅自进了|翻了我的行李|翻过我的行李|翻我的行李|行李被翻|包被翻|箱子被翻|东西被翻|被人翻过|被人翻了'),
    // Gone, of something the guest owns (checked below): "空调遥控器不见了" is a missing amenity, "订单不见了" a glitch.
    ...BELONGINGS_GONE,
    GONE_RIGHT_AFTER,
    GONE_AT_CLAUSE_END,
    ...GONE_ON_RETURN,
    // Someone looking in at the room's window at night (窗户外面有人往里看).
    ...listed('有人往里看|有人往里面看|有人往房间里看|有人往屋里看|有人趴在窗户|有人趴窗户'),
    // A man hanging about the guest's door at night (晚上有男的一直在我门口转悠).
    ...listed('在我门口转悠|在我房门口转悠|在我们门口转悠|在我门口徘徊|在我房门口徘徊|在门口转悠了|一直在门口转悠|一直在门口徘徊'),
    ...listed('stolen|theft|was robbed|went missing|gone missing|went through my bag|went through my things|went through my stuff'),
    // Belongings taken by someone: "took my handbag off the back of my chair" (the customer's own taking is told with I).
    ...listed('someone took my|somebody took my|took my handbag|took my purse|took my wallet|snatched my|pickpocketed'),
    ...listed('missing from my room|missing from the room|missing from the safe|disappeared from my room|disappeared from my bag|disappeared from my backpack|disappeared from my suitcase|disappeared from my wallet|disappeared from the room|disappeared from our room|stole|hidden camera|broke into|got broken into|was broken into|were broken into|been broken into|walked into my room|opened my door|harassed me|followed me'),
    ...listed('someone entered our room|someone entered my room|tried to get into our room|tried to get into my room|filming us|filming me|filmed us|filmed me'),
    ...listed('taken from our room|taken from my room|taken from the room|took the cash|took my cash|threatened to come back|threatened to hurt|threatened to hit|threatened to beat'),
    'assaulted', 'punched me', 'shoved me', 'grabbed me', 'grabbed my arm',
    // The incidents behind "I felt unsafe", as on the Chinese side (拧门把手, 知道你住哪, 一个人住吗): a stranger trying the door, a worker
    // who knows where she lives. Asked whether she is single, and no more, is harassment the corpus does not label urgent.
    ...listed('tried the handle|tried the door handle|tried our door handle|tried my door handle|rattled the handle|rattling the handle|tried to open our door|tried to open my door'),
    'knows where i live', 'know where i live', 'if i live alone', 'if i lived alone', 'if i was alone',
    // Food tampered with on the way.
    'spat on my food', 'spat in my food', 'spit in my food', 'tampered with my food', 'tampered with the food',
    "didn't authorise", "didn't authorize", 'did not authorise', 'did not authorize', 'logged into my account',
    'walked into our room',
    // A man letting himself in with a key ("On the last night he used a key and opened the door"); housekeeping opening by mistake is not.
    'used a key and opened', 'used his key to open', 'let himself in', 'let himself into', 'let themselves into my room',
    // A stranger let into the room or told where it is: the desk's key or the room number given away, and who was found inside.
    ...listed('stranger in my room|stranger in our room|man in my room|found him in my room|found someone in my room|found someone in our room'),
    ...listed('gave my room key to|gave our room key to|gave my key to a|gave a key to a stranger|let a stranger into|let him into my room|let someone into my room'),
    'gave my room number to', 'gave out my room number', 'gave our room number to',
    // Fraud on the customer's account as bank and telecom customers tell it (checked below: only in a complaint).
    ...FRAUD_ON_ACCOUNT,
  ],
  // Demands, not mentions: "快递公司说只能按运费赔偿" is the company's offer, not anger.
  compensation: [
    ...listed('要求赔偿|必须赔偿|给我赔|赔偿我|赔我|给我赔偿|要赔偿|你们赔|赔钱|索赔|赔偿损失|付我的损失|并赔偿|和赔偿|赔偿我们|退一赔三|退一赔十|精神损失|医药费|医疗费'),
    // The one to pay named inside the demand: "要求酒店赔偿", "要求商家赔钱".
    ...listed('要求酒店赔|要求商家赔|要求店家赔|要求平台赔|要求对方赔|要求他们赔|要求你们赔|要求店里赔|要求公司赔'),
    // The customer asking what the business means to pay: a demand put as a question.
    ...listed('打算如何赔偿|打算怎么赔偿|准备如何赔偿|准备怎么赔偿|你们如何赔偿|你们怎么赔偿'),
    'want compensation', 'demand compensation', 'full compensation', 'medical bill', 'clinic bill', "doctor's bill", 'hospital bill', 'pay for my treatment', 'compensate me', 'demand a refund', 'i demand', 'reimburse me',
  ],
};

/** Longer phrases that contain a trigger but are not one: leftmost-longest lets them swallow it. */
const NOT_TRIGGERS = [
  // The customer as the one who stole (好像我偷了一样, 当我们偷的): an accusation felt, the staff's manner, no theft suffered.
  '我偷了', '我们偷了', '我偷的', '我们偷的',
  // Which hotel the guest is in, known to telemarketers, is a data leak (privacy_security), not someone who knows where the customer lives.
  '知道我住在哪个酒店', '知道我住哪个酒店', '知道我住在哪家', '知道我住哪家',
  // Calls that pester (商家就开始打电话骚扰我，非要我删评): harassment calls, privacy_security by the guide, not a personal-safety incident.
  '打电话骚扰我', '电话骚扰我', '打电话来骚扰我', '打电话骚扰', '短信骚扰我',
  // A lawyer by trade ("As a lawyer I travel a lot for hearings"), no lawyer called in.
  'as a lawyer', "i'm a lawyer", 'i am a lawyer', 'work as a lawyer', '做律师的', '我是做律师', '当律师的',
  // The idiom of one bad apple (一颗老鼠屎坏了一锅粥): no dropping in the food.
  ...listed('颗老鼠屎坏|粒老鼠屎坏|个老鼠屎坏|老鼠屎坏了一锅|老鼠屎坏了整锅|老鼠屎搅坏'),
  // The police dismissed as not worth calling ("报警都嫌麻烦").
  '报警都嫌', '报警都懒得', '懒得报警',
  ...listed('报警器|烟雾报警|工商银行|工商管理|工商注册|谁来赔我|不过敏|防过敏|虫草|冬虫夏草|虫虫|玻璃杯|玻璃门|玻璃窗|玻璃房|塑料袋装|塑料盒|塑料碗'),
  ...listed('塑料杯|塑料勺|塑料餐具|塑料包装|石头火锅|石锅|钢丝床|塑料袋|螺丝椒|螺蛳|钱丢了吗|以为钱丢了|手指甲'),
  // A fingernail as a size ("指甲盖那么大的塑料片"): the object is named after it.
  ...listed('指甲盖大|指甲盖那么|指甲盖一样|指甲盖般|指甲大小|指甲那么大|指甲一样大'),
  // 窜 of something running about or rising (一只猫开始窜来窜去, 油烟一直窜上来) is no diarrhoea.
  ...['开始', '一直'].flatMap((when) => ['窜来', '蹿来', '窜上', '蹿上', '窜进', '蹿进'].map((moving) => `${when}${moving}`)),
  // A phone too hot to hold (手机发烫到手不敢碰) burns no one.
  '发烫到手', '烫到手不敢', '烫到手都不敢',
  // A fright or spice that brings the sweat out (吓得我直冒冷汗, 辣得直冒冷汗); a colour (青紫色).
  ...['吓得', '吓得我', '辣得', '辣得我', '辣到', '急得', '急得我'].flatMap((cause) => [`${cause}冒冷汗`, `${cause}直冒冷汗`, `${cause}出冷汗`]), '吓出冷汗', '青紫色',
  // A danger only hedged (路很陡 有点危险) is the customer's opinion of a place, not harm or a hazard found; a hazard told beside it is its own trigger.
  ...['有点', '有些', '有一点', '有一些', '稍微有点', '略有点', '多少有点'].flatMap((hedge) => [`${hedge}危险`, `${hedge}不安全`]),
  // Hunger and the wait told by dizziness too (等到头晕眼花, 饿得头昏眼花).
  // A taste told by the head it turns (齁得我头晕, 咸得头晕) is a degree, as 难吃到吐 is.
  ...['齁', '甜', '腻', '咸', '油'].flatMap((taste) => ['得', '到', '得我', '到我'].flatMap((degree) => [`${taste}${degree}头晕`, `${taste}${degree}头昏`])),
  ...listed('等到头晕|等到我头晕|饿到我头晕|饿得头昏|饿到头昏|等得头昏|等到头昏|饿得我头昏'),
  ...listed('危险品|没危险|不危险|饿得胃疼|饿到胃疼|饿得肚子疼|饿得头晕|饿到头晕|饿得我胃疼|饿得我头晕|等得胃疼|等得我胃疼|等到胃疼|等得头晕|等得我头晕'),
  // Wanting to complain (想吐槽); a scratch on the goods and hurt feelings are not injuries.
  ...listed('想吐槽|开始吐槽|有划伤|有点划伤|划伤痕|划伤的痕|碰伤和划伤|很受伤|好受伤|真受伤|心受伤|受伤的心'),
  // Risking one's life to buy from them is a figure of speech.
  '冒着生命危险', '冒生命危险',
  // A door handle caught on something is no hand.
  '把手被夹', '扶手被夹', '拉手被夹',
  // Anger held in (憋着火) and touts pulling at customers (一直在拉我们) are idioms.
  ...listed('憋着火|窝着火|压着火|一直在拉我|一直在拉客|都在拉客|一直在拉人|一直拉黑|开始拉黑|都拉了黑|都拉了过|都拉了回|都拉了进|就拉黑|一直拉着|一直拉不|开始拉客|就拉了黑'),
  // A fire one sits by, a foggy head after a bad night, a bathroom door that will not lock: no danger.
  // 火锅 after 着 (混着火锅味, 吃着火锅) and a steak's juice (还在流血水) are food, not fire or a wound; an identity checked with the police (派出所核实) no report.
  ...listed('着火锅|流血水|派出所核实|烤着火|围着火|烤火|着火车|头昏脑涨|头昏脑胀|头皮发麻|浴室的门锁不上|浴室门锁不上|卫生间的门锁不上|卫生间门锁不上|厕所的门锁不上|厕所门锁不上'),
  ...listed('浴室门不能反锁|浴室的门不能反锁|卫生间门不能反锁|卫生间的门不能反锁|厕所门不能反锁|厕所的门不能反锁|卫生间门反锁不了|卫生间的门反锁不了|浴室门反锁不了|厕所门反锁不了'),
  // A device's alarm, a trip for a certificate, a cigarette burn in the linen, food too hot to eat, a rider eating the fries.
  ...listed('报案号|零钱不见了|不足时报警|低时报警|自动报警|报警声|报警音|报警提示|跑派出所|去派出所开|派出所开'),
  // A dish that stole the show is praise; staff knocking to ask about cleaning (一直敲门问要不要打扫) is a nuisance, not an intruder.
  'stole the show', 'steal the show', 'steals the show', 'stealing the show',
  ...['husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'friend', 'kids', 'son', 'daughter', 'sister', 'brother'].map((who) => `${who} stole`), '敲门问要不要打扫', '敲门问需不需要打扫', '敲门问要不要收拾', '一直敲门问要不要打扫',
  // The hotel's routine registration with the police (身份证复印一份给派出所), a room beside the fire escape (挨着消防通道), medicine
  // bought again after it was thrown away (跑去药店再买): none is harm, danger or a report.
  // A hospital's inpatient ward as where the order went (送到医院住院部).
  '住院部',
  ...listed('一份给派出所|派出所备案|派出所登记|上传派出所|上传到派出所|传给派出所|挨着消防通道|靠着消防通道|靠近消防通道'),
  ...listed('紧挨消防通道|紧挨着消防通道|旁边是消防通道|旁边就是消防通道|对着消防通道|对面是消防通道|去药店再买|去药店重新买|药店再买一'),
  ...listed('附近有派出所|旁边有派出所|旁边就是派出所|对面有派出所|对面就是派出所|对面是派出所|隔壁是派出所|隔壁就是派出所|派出所旁边|派出所对面|派出所附近|派出所隔壁|烟头烫|辣到胃疼|辣得胃疼|被偷吃'),
  // A repost, news of someone else's exposure, a figure of speech: not this customer's escalation.
  // A degree told by the police it would take ("难吃到想报警", "贵得我都想报警了") is hyperbole, not a threat.
  ...['到', '得'].flatMap((degree) => ['想报警', '我想报警', '我都想报警', '人想报警', '让人想报警'].map((wish) => `${degree}${wish}`)),
  // So is the heart for it ("想报警的心都有了"), and patience, a heart or a stomach "stolen" (我的耐心都被偷走了).
  '报警的心', ...['耐心', '的心', '的胃', '时间'].flatMap((taken) => [`${taken}被偷`, `${taken}都被偷`, `${taken}也被偷`]), '偷了我的心', '偷了我的胃',
  // Retching as a degree ("难吃到想呕吐", "看着就想呕吐") is hyperbole, as 难吃到吐 is; "吃完想吐" stays harm.
  ...listed('到想呕吐|得想呕吐|就想呕吐|难吃到呕吐|恶心到呕吐|恶心得呕吐'),
  // Wanting to tell (想告诉大家) is not wanting to sue.
  '想告诉', '要告诉', '我要告诉',
  // Reported inside the business or the app is a complaint, not a regulator.
  ...['reported it to', 'reporting it to', 'reported this to', 'reported him to', 'reported them to'].flatMap((verb) =>
    ['the app', 'the manager', 'the front desk', 'front desk', 'reception', 'the staff', 'the hotel', 'the restaurant', 'the platform', 'support'].map((inside) => `${verb} ${inside}`),
  ),
  ...listed('曝光率|曝光度|高曝光|过敏体质|过敏的朋友|过敏人群|过敏的人'),
  // An allergy asked about or to be told beforehand ("过敏的话要提前说", "有没有过敏"): no reaction.
  ...listed('过敏的话|是否过敏|有没有过敏|过敏吗|过敏源|过敏原|忌口或过敏|过敏忌口|忌口过敏'),
  '转发微博', '被曝光', '都在曝光',
  // Noise that makes the head spin is the room's environment, not harm ("隔壁装修，吵得人头晕").
  '吵得头晕', '吵得我头晕', '吵得人头晕', '吵到头晕', '吵到我头晕',
  // Hooked on a dish is no poisoning ("这家的麻辣烫让我中毒了，一周吃三次").
  ...listed('让我中毒|让人中毒|吃中毒|已经中毒|已中毒|中毒般|中毒了一样|让人头晕|看得头晕|看的头晕|电视台介绍|电视台广告|glass of'),
  'bolt on the door', 'door bolt', 'screw top', 'snail mail',
  // Feeling unsafe is how the guest took it; a massage call at 1am is privacy_security, and an incident or a danger that made them feel so is a trigger of its own.
  ...['felt', 'feel', 'feels', 'feeling'].flatMap((verb) => ['', 'very ', 'really ', 'so ', 'quite ', 'a bit ', 'a little ', 'totally ', 'completely '].map((degree) => `${verb} ${degree}unsafe`)),
  // The drinking glass and the glass of a door or a table, no glass in the food ("lipstick on my glass").
  ...listed('my glass|on the glass|dirty glass|wine glass|water glass|glass door|glass table|glass wall'),
  ...listed('allergy noted|allergy note|allergies noted|allergy in the note|allergy info|allergy-friendly|glasses|plastic bag|plastic container|plastic cutlery|metal detector|bug fix|bugs fixed'),
];

export const REASONS: Record<PhraseTrigger, string> = {
  regulator: 'goes or threatens to go to a regulator or the police',
  media: 'threatens media or social-media exposure',
  legal: 'threatens legal action',
  health: 'reports harm to health',
  foreign_object: 'reports a foreign object in food',
  safety: 'reports a danger to safety',
  theft: 'reports theft or a personal-safety incident',
  compensation: 'angrily demands compensation',
};

/** Found in the food but, by the guide, a hygiene fault rather than an escalation ("菜里有头发"). */
const FOUND_NOT_URGENT = listed('头发|毛发|发丝|一根毛|长毛');

export const triggerPhrases = new PhraseMatcher<PhraseTrigger | 'found' | 'none'>([
  ...(Object.entries(TRIGGERS) as [PhraseTrigger, string[]][]).flatMap(([trigger, phrases]) => phrases.map((p) => [p, trigger] as const)),
  ...FOUND_NOT_URGENT.map((p) => [p, 'found'] as const),
  ...NOT_TRIGGERS.map((p) => [p, 'none'] as const),
]);
