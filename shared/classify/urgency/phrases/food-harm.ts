import { COUNTS, listed, TIMES } from './listed.ts';

/** Harm the food caused, told outright or by the signs that count only after something eaten or drunk (AFTER_EATING: urgency/illness.ts). */

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

/** Diarrhoea told by a bare 拉 ("吃完拉了", "晚上开始拉", "肚子咕咕叫一直拉"); 一直拉黑, 一直拉着, 拉不开 are other verbs (NOT_TRIGGERS). */
const BARE_LOOSE_BOWELS = listed('一直拉|开始拉|就拉了|完拉了');
/** Lips or face swelling: a reaction to what was eaten. */
const SWELLING = listed('脸肿的|脸肿得|嘴唇肿|嘴唇都肿|嘴就肿|嘴肿了|嘴唇就肿|脸就肿|喉咙就肿|嘴巴肿|嘴都肿|脸都肿|脸肿了|也肿了');

const MOUTH = listed('嘴里|嘴巴|嘴上|嘴角|满嘴|舌头|嘴唇|口腔|嗓子|喉咙');
const BLISTERED = listed('起了好多小泡|起了小泡|起小泡|起了一堆小泡|长了小泡|起泡|起了泡|全是泡|都是泡|长泡|长了泡|都起泡|全起泡|起了一圈泡|起了好多泡|起了一堆泡');

/** Trips to the toilet, counted: harm after eating, a night's visits otherwise ("晚上上了两次厕所，马桶冲不下去"). */
/** Trips to the toilet, counted, by any of its names ("跑了好几趟卫生间"). */
const TOILETS = ['厕所', '卫生间', '洗手间'];
const TOILET_TRIPS = COUNTS.flatMap((n) => TIMES.flatMap((unit) => TOILETS.flatMap((toilet) => [`跑了${n}${unit}${toilet}`, `上了${n}${unit}${toilet}`])));

/**
 * Stomach trouble told by the toilet or the churning ("一直跑厕所", "胃里翻江倒海", "喝了一瓶…开始不舒服"): harm after
 * something eaten or drunk before it in the sentence (checked below), and red spots after it ("吃完脸上起了一片红点");
 * "厕所在外面，晚上跑厕所", "心里翻江倒海" and "床单上有几个小红点" are not.
 */
export const AFTER_EATING = ['跑厕所', '跑卫生间', '跑洗手间', '厕所跑了', '往厕所跑', '往卫生间跑', '往洗手间跑', '翻江倒海', '开始不舒服', '红点', ...TOILET_TRIPS, ...BARE_LOOSE_BOWELS, ...SWELLING,
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
export const TIMES_OVER = COUNTS.flatMap((n) => TIMES.flatMap((unit) => [`吐了${n}${unit}`, `拉了${n}${unit}`]));
export const TIMES_OVER_SET: ReadonlySet<string> = new Set(TIMES_OVER);
