import { listed } from './listed.ts';

/** Longer phrases that contain a trigger but are not one: leftmost-longest lets them swallow it. */
export const NOT_TRIGGERS = [
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
