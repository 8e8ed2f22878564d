import type { ClassifierInput } from './types.ts';
import { isNegated } from './negation.ts';
import { isClauseBreak } from './zh-clauses.ts';
import { orderTaken } from './order-taken.ts';
import { SELF_LOCATING_SET, CAUSED_BY_FOOD, CAUSED_BY_FOOD_EN, ALLERGIC_REACTION_EN, INJURED, CUTS_BY_COUNT, BITES_ALL_OVER_SET, MOSQUITO, MOSQUITO_WINDOW, GONE_RIGHT_AFTER, GONE_AT_CLAUSE_END, GONE_ON_RETURN, BELONGINGS_GONE_SET, BELONGINGS_BEFORE, BELONGING_RIGHT_BEFORE, BELONGING, TAKEN_BY_SOMEONE, COLD_CAUGHT, IDENTITY_USED_SET, FRAUD_ON_ACCOUNT_SET, PREMISES_DANGER, RAILING_REACH, SPARKS, AFTER_EATING_SET, AFTER_EATING_WINDOW, TIMES_OVER_SET, REASONS, triggerPhrases, type Trigger } from './urgency-phrases.ts';
import { REPEATED_UNRESOLVED, repeatedComplaintsReason } from './repeated-complaints.ts';
import { WordLists } from './word-lists.ts';

/**
 * Escalation signals, as the labelling guide (docs/complaint-taxonomy.md) defines urgency:
 * regulators and police, media exposure, lawyers; actual harm to health or safety (illness after
 * eating, foreign objects in food, injuries, dangerous premises); theft and personal safety;
 * angry compensation demands. Each trigger names its reason so an agent sees why a message
 * jumped the queue. Most feedback is not urgent, so every trigger is a phrase that means the
 * event, not a topic word: "抖音上看到的店" is not exposure, "房间有蟑螂" is not harm.
 */

/**
 * Something eaten or drunk near a foreign-object word: 吃出, 菜里, 汤里, 外卖… (米 of 厘米 is a length, 盒 of 收纳盒 or 鞋盒 no lunch box.)
 * A bite says it too where no dish is named ("一口咬下去咯到一个硬东西，吐出来一看是颗钉子", "硌到牙了"); 一口咬定 is insisting, 硌到腰 a bed.
 */
const FOOD_CONTEXT = /[吃喝食菜饭粉汤粥饺包饼肉鱼虾鸡鸭蛋奶茶饮汁餐碗锅串卷堡披辣粽羹炒炸烤卤酱馅糕瓜拌]|土豆|茄子|蘑菇|木耳|海带|咬下去|一口咬(?!定)|咬了一口|咬到(?<!被[^，。！？,.!?]{0,5}咬到)|嚼|[硌咯](?:到|了一下)?牙|[硌咯]到了?(?:一[个块颗粒]|个|硬|什么|东西)|(?<![厘毫分千])米|(?<![纳鞋饰镜具])盒|(?<![里后前上下外表对侧正背方页封界版桌地])面(?![料板积膜])|(?<![结如效成后因])果(?![然断真])|切开|麻辣烫|外卖|沙拉|寿司|水果|果切|咖啡|凉皮|豆腐|豆花|豆浆|馄饨|抄手|薯条|冰淇淋|冰激凌|雪糕|可乐|毛血旺|便当|吐司|三明治|布丁|甜点|点心|小吃|零食|冰沙|薯片|巧克力|糖果|food|meal|dish|soup|salad|burger|pizza|noodle|rice|drink|sandwich|bite|ate|eating|order|curry|nugget|bread|roll|broth|fries|chicken|beef|pork|steak|pasta|taco|burrito|wrap|cake|pastry|dessert|dumpling|bowl|milk|yogurt|cereal|dal\b|biryani|pho\b|ramen|sushi|oyster|prawn|shrimp|salmon|tuna|kebab|samosa|naan|sauce|cheese|omelette|toast|smoothie|juice|coffee|latte|boba|ice cream|stew|wings|beer|pint|wine|cocktail|milkshake|lemonade|soda\b|tea\b/;
const FOOD_CONTEXT_WINDOW = 20;
/**
 * A loose first sight, then the second look, puts the dish farther back in the sentence ("米线里夹着一个黑黑的东西，挑出来一看是半只苍蝇腿"):
 * the sentence before the object names it.
 */
const FOOD_SENTENCE_WINDOW = 40;
/**
 * From that far off only a dish holding something counts ("米线里", "汤中"): a stray 粉 of 粉色 is no food. Read at the call, not
 * built into a pattern at load: the api bundle, which never detects urgency, then drops FOOD_CONTEXT's Chinese literal.
 */
const HOLDING_WORDS = '里中内';
const DISH_BEFORE_HOLDING = 3;

function namesADishHolding(sentence: string): boolean {
  for (let i = 1; i < sentence.length; i++) {
    if (HOLDING_WORDS.includes(sentence.charAt(i)) && FOOD_CONTEXT.test(sentence.slice(Math.max(0, i - DISH_BEFORE_HOLDING), i))) return true;
  }
  return false;
}
/** …and found in it: "汤里有", "吃出", "咬到", "嚼出", "袋里爬出", "雪糕里面还送螺丝" (a cockroach running past the table is environment). */
const FOUND_IN = /倒出|拌着|嵌着|嵌了|煮着|炖着|泡着|裹着|卧着|里面?还送|吐出来|发现是|原来是|像是|竟然是|居然是|有小|夹了|夹着|夹到|混着|混了|掺着|掺了|里面全是|里全是|里面?还有|底下|下面有|趴着|吃出|吃到|(?<![晚早身路马])上有|上半|捞出|漂着|飘着|喝出|喝到|咬到|咬出|嚼到|嚼出|啃出|挖出|爬出|夹出|挑出|翻出|里有|里面有|里面?一[只根个块片条颗坨团粒截撮]|是个|(?<!看)是一?[颗粒坨团截块片]|有[个只条根颗粒坨团截块片]|有一[只根个块片条颗坨团粒截撮]|里竟然有|里居然有|中有|里发现|里吃出|发现了?一[只根个块片条]|是一[只根个块片条]|found|in my|in the|bit down on|bit into|biting into|chewing on|spotted|spotting|noticed|discovered|sliver of|shard of/;
const FOUND_IN_WINDOW = 14;
/** A smell or taste of the thing (煎蛋有股塑料味, 一股铁丝的味道): no object found, however near the eating ("吃到…塑料味" typed without a break). */
const SMELL_OF = /^的?(?:味|气味|气息)/;
/**
 * A second look at something seen in the clause before ("炸鸡里面有根黑色的毛，仔细一看是老鼠毛"): found in the food when that
 * clause names it; "房间地上有个黑点，一看是蚊子，…早餐不错" saw it on the floor.
 */
const SECOND_LOOK = /(?:一|仔细|细)看(?:竟然|居然|全|都)?是小?$/;
const SECOND_LOOK_WINDOW = 30;
/** English words are longer: it says where before ("found a small piece of metal") from farther off, or after ("a cockroach in my rice"). */
const FOUND_IN_WINDOW_LATIN = 32;
/** Chinese says where after the object too: "一只苍蝇，死在汤里", "一只虫子泡在粥里". */
const FOUND_AFTER_ZH = /^[，,、—\s]{0,2}(?:死|泡|躺|漂|飘|粘|沾|趴|混|藏|煮)在/;
const FOUND_AFTER_LATIN = /^[^.!?]{0,24}?\b(?:(?:in|inside|at the bottom of|under|baked into|mixed into|stuck in)\s+(?:my|the|our|his|her|their|a|an)\b|in (?:it|them)\b)/;
const LATIN = /^[a-z]/i;
/** A Chinese word inside an English sentence ("The noodles had a 虫 in it") is placed the English way, after it. */
const LATIN_AFTER = /^\s?[a-z]/i;
/** "房间里有蚊子" after a breakfast is praised: found in the premises, not in the food. */
const FOUND_ON_PREMISES = /(房间?|屋|床|桌子?|座位?|旁边|周围|身边|地上|地板|墙|厕所|卫生间|浴室|店|厅|窗)(里面?|上|中|都)?(还|竟然|居然|也)?有[^，。！？,.!?]*$/;
/** "一只小虫在飞", "一只蟑螂从桌子底下跑过去": moving about the room, not in the dish. */
const ON_THE_MOVE = /^.{0,2}(飞|爬来爬去|乱爬|从)|^.{0,4}(跑|窜)/;
/** "safety" words are about the premises; a bare 危险 needs a place around it. */
const PLACE_CONTEXT = /[房店楼梯电门窗厅馆厕浴卫酒宾梯线插灯]|泳池|premises|room|hotel|restaurant|stairs|floor|building/;

const INTO_A_PLACE = /[房屋门家店室舍间院车]/;
const ANIMAL = /蟑螂|猫|狗|老鼠|虫|蚊|壁虎|鸟|蛇/;

/** Bare wiring is the danger in 裸露 ("电线直接裸露在外面"); a bare pipe or wall is not. */
const ELECTRIC = /电线|电源|插座|线头|电箱|电闸|铜线|铜丝/;
const ELECTRIC_WINDOW = 8;

/** A worker of the business, whose own loss the customer may mention; "寄存在前台" names a place, not whose. */
const WORKER = /(?<![在到给于])(?:派送员|配送员|外卖小哥|送餐小哥|快递员|快递小哥|小哥|骑手|外卖员|送餐员|司机|服务员|保洁|前台|店员|老板)/;
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
/**
 * A card used by someone else is the business's incident where the guest or diner handed it over ("退房后发现信用卡被人刷了两千，只在这家酒店用过");
 * a bank's customer telling of fraud abroad, or of a scam call about it, is the bank's service.
 */
const CARD_MISUSED: ReadonlySet<string> = new Set(['盗刷', '卡被人刷', '卡被别人刷', '卡被盗']);
const CARD_HANDED_OVER = new RegExp('酒店|宾馆|民宿|旅馆|前台|入住|退房|店里|餐厅|饭店|商家|服务员');
/** "是不是有人冒用我的身份证": a misuse asked about, not told. */
const ASKED = /是不是|会不会|难道|是否/;
const SCAM_AIMED_AT_THE_CUSTOMER = /准确|报出|报得出|说出|说得出|叫得出|知道我|我的(?:名字|姓名|订单|地址|房号|手机号)|骗了|骗走|被骗|转账|转了/;

/**
 * "今晚电视台曝光", "新闻曝光了这家店": an outlet exposing someone is news; "找电视台曝光", "联系媒体曝光" is the customer going to it.
 */
const OUTLET = /(电视台|媒体|央视|新闻|记者|报纸)$/;
const REACHING_THE_OUTLET = /(?:找|联系|打给|给|上|到|向|让|请|去)了?$/;

/**
 * A reporter or the media reached by the customer is a threat however flatly it is told ("已经联系了记者，明天就来采访" reads as
 * neutral to the sentiment words); a post on a platform needs the anger to tell it from sharing a visit.
 */
const PRESS_REACHED = new RegExp('^(?:找|联系)了?(?:记者|媒体)');

function isMediaNews(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const outletBefore = phrase === '曝光' ? OUTLET.exec(text.slice(Math.max(0, start - 3), start)) : null;
  if (phrase !== '电视台' && outletBefore === null) return false;
  const outletStart = outletBefore === null ? start : start - outletBefore[1]!.length;
  return !REACHING_THE_OUTLET.test(sameClauseBefore(text, outletStart, 3));
}

/** "no onions because I am allergic", "because of my allergy": why the note was written, not a reaction. */
const ALLERGY_AS_A_REASON = /\b(?:because|as|since|due to)\b(?:\s+of)?(?:\s+(?:my|his|her|an?|i'?m|i am|he'?s|she'?s|he is|she is))?\s+$/i;
/**
 * "my son has a nut allergy", "(allergy, clearly written in the notes)": the bare noun names an allergy someone has; one the meal
 * caused is told with what caused it or what struck ("it gave me an allergy", "got an allergy", "an allergy attack").
 */
const ALLERGY_CAUSED = /\b(?:gave|give|gives|got|get|gets|caused|causing|triggered|set off)\s+(?:me|him|her|us|them|my\s+\w+)?\s*(?:an?\s+|bad\s+|severe\s+)*$/i;
const ALLERGY_STRUCK = /^\s*(?:attack|reaction|flare)/i;
/** "my son is allergic", "I'm allergic": who is allergic, a condition, unless a reaction follows ("is allergic reaction" is no English). */
const ALLERGIC_BY_NATURE = /\b(?:is|am|are|i'?m|he'?s|she'?s|we'?re|they'?re)\s+(?:very\s+|severely\s+|highly\s+)?$/i;

/**
 * "我家孩子花生过敏", "老公海鲜过敏，备注了不要虾": who has the allergy, then to what, with no 了 after and nothing eaten before in the
 * message, is a condition ("我吃了芒果过敏", "宝宝海鲜过敏了", "吃了几口才发现，我芒果过敏" and "两个人全过敏" are reactions).
 */
const ALLERGIC_PERSON_BEFORE = /(?:我|孩子|宝宝|小孩|娃|儿子|女儿|老公|老婆|家人|朋友|他|她)[^，。！？,.!?吃喝食了全都也人]{1,4}$/;
const REACTION_AFTER = /^(?:了|起来|反应|发作)/;
const NOTED_BEFORE = /备注[^，。！？,.!?]{0,6}$/;

/** "我对鱼过敏", "I'm allergic to onions": the customer names a condition; a reaction is told in other words (起疹子, hives, 医院). */
function statesACondition(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (phrase === '过敏') {
    // "备注写了花生过敏不要放花生": the allergy told in the order's note, a condition; a reaction is told in other words (嘴肿了).
    return /对[^，。！？,.!?]{0,6}$/.test(text.slice(Math.max(0, start - 7), start)) ||
      NOTED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      (ALLERGIC_PERSON_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !REACTION_AFTER.test(text.slice(end, end + 2)) && !EATING.test(text.slice(0, start)));
  }
  const before = text.slice(Math.max(0, start - 24), start);
  if (phrase === 'allergy') return !ALLERGY_CAUSED.test(before) && !ALLERGY_STRUCK.test(text.slice(end, end + 10));
  if (phrase === 'allergic') return /^\s+to\b/i.test(text.slice(end, end + 4)) || ALLERGY_AS_A_REASON.test(before) || (ALLERGIC_BY_NATURE.test(before) && !ALLERGY_STRUCK.test(text.slice(end, end + 10)));
  return false;
}

/** "吃完", "喝了两口", Hong Kong's "食完", "食咗": something eaten or drunk, before the harm (食物, 食堂 are nouns). */
const EATING_WORDS = '[吃喝]|食[完咗了过后]';
const EATING = new RegExp(EATING_WORDS);
/** The dish as the cause, before the harm ("这家的卤味让我一晚上往返厕所七八次", "他家的鱼害得我…"). */
const DISH_BLAMED_BEFORE = '(?:[菜饭粉汤粥饺肉鱼虾鸡鸭蛋奶茶餐串堡酱]|卤味|外卖)(?:让|害得?|搞得|弄得)我';
/**
 * The dish named by its order, not its eating ("点了小龙虾，半夜开始蹿", "昨天中午点的冒菜，下午肚子开始疼"): an order before the harm points
 * at the food as 吃 does; hunger while the order is awaited is checked as for the listed phrases (isHungerOrSpice).
 */
const EATEN_OR_ORDERED = new RegExp(`${EATING_WORDS}|点的|点了|叫的|外卖|${DISH_BLAMED_BEFORE}`);

/**
 * "my mother was admitted to hospital two days before the trip", "my dad got sick so we left early": a relative's illness, in
 * a message that tells of nothing eaten or ordered, is why the customer cancels or writes, not harm the business did.
 */
const ILLNESS_EN: ReadonlySet<string> = new Set(['hospital', 'got sick']);
/** A relative fallen ill in this sentence or an earlier one: a later "the hospital letter" belongs to the same story. */
const RELATIVE_ILL_EN =
  /\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|son|daughter|wife|husband|kid|kids|child|baby|grandma|grandmother|grandpa|grandfather|partner|sister|brother|parents?|grandparents?)\b[^.!?]{0,40}?\b(?:hospital|sick|ill|unwell|surgery)\b/i;
const EATEN_EN = /\b(?:ate|eaten|eating|drank|drinking|food|meal|dish|order(?:ed)?|takeaway|delivery|breakfast|lunch|dinner|buffet)\b/i;

/** Falling ill, as opposed to being hurt: what a relative's illness is told with. */
const ILLNESS: ReadonlySet<string> = new Set(['发烧', '发高烧', '高烧', '住院', '生病', '病倒', '去医院', '进医院', '上医院', ...COLD_CAUGHT]);
/**
 * "暖气坏了…一家人裹着羽绒服睡了一晚，第二天就感冒发烧了", "没热水，冲了个凉水澡，第二天就发烧了": a cold or a
 * fever the room's cold gave, told after it, is harm the stay did; elsewhere a cold or a fever is why the customer writes.
 */
const CAUGHT_FROM_THE_ROOM = /暖气|空调|冷水|凉水|没热水|没有热水|热水时有时无|变冷水|漏风|冰窖|冻得|冻到|冷得|冷到|被子不够|没有被子|多一床/;
const RELATIVE_BEFORE = /(孩子|女儿|儿子|小孩|宝宝|宝贝|娃|老人|父母|父亲|母亲|爸爸|妈妈|我爸|我妈|老爸|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|老公|老婆|家人|家里人)[^，。！？,.!?]{0,8}$/;
const FEVER = /发烧|高烧/;
/** "身体出现状况还是该去医院", "不舒服最好上医院": advice, not a visit ("医生说该住院" is told of a case). */
const ADVICE = /(?<!说)(?:应该|该|最好)$/;
/** "生病了，嗓子疼，吃不了硬的，点了这家的白粥": the illness told first, then the order it was the reason for (nothing eaten before it). */
const ORDERED_AFTER = /^[^。！？!?]*?(?:点了|点的|叫了|订了|买了)/;
const ORDERED_AFTER_REACH = 24;
/** "吃完早餐去医院看望朋友": the hospital visited for someone else or a check-up, eaten before or not. */
const VISIT_FOR_SOMEONE = /^(?:看望|探望|复查|体检|陪|上班)/;

/**
 * "家里老人突然住院，只好取消", "半夜孩子发烧，问前台哪有药店", "凌晨一点发烧，打前台借个体温计": a
 * relative's illness, or a fever of the customer's own and the hospital it leads to, is why the
 * customer writes, not harm the business did, unless something was eaten or drunk first
 * ("孩子吃完晚上发烧"); so is an illness that the order came after ("生病了，嗓子疼，点了这家的白粥").
 */
function isIllnessNotFromTheBusiness(text: string, start: number, end: number): boolean {
  if (ILLNESS_EN.has(text.slice(start, end))) return RELATIVE_ILL_EN.test(text.slice(0, end)) && !EATEN_EN.test(text);
  if (!ILLNESS.has(text.slice(start, end))) return false;
  if (VISIT_FOR_SOMEONE.test(text.slice(end, end + 2))) return true;
  if (EATING.test(text.slice(0, start)) || CAUGHT_FROM_THE_ROOM.test(text.slice(0, start))) return false;
  if (COLD_CAUGHT.includes(text.slice(start, end))) return true;
  if (ORDERED_AFTER.test(text.slice(end, end + ORDERED_AFTER_REACH))) return true;
  const before = text.slice(Math.max(0, start - 10), start);
  return RELATIVE_BEFORE.test(before) || ADVICE.test(before) || FEVER.test(text.slice(start, end)) || FEVER.test(text.slice(0, start));
}

/**
 * "给生病的孩子点了一份粥", "我腿受伤了拄着拐，下楼走了十分钟", "备注了腿受伤不方便下楼": an illness or an injury the customer or the one
 * the order was for already had, told to say who it was for or why the walk down was hard, is no harm the business did.
 */
const ILL_ONE_AFTER = /^的(?:孩子|小孩|宝宝|老人|家人|老公|老婆|妈妈|爸爸|老爸|老妈|父亲|母亲|爷爷|奶奶|外公|外婆|朋友|同事|室友|病人)/;
const INJURY_BORNE_AFTER = /^了?[^，。！？,.!?]{0,3}?(?:拄|打着石膏|打了石膏|坐轮椅|行动不便|腿脚不便|下不了楼|下不去楼|不能下楼|不方便下楼|不方便走|走不了路)/;

function isConditionAlreadyBorne(text: string, end: number): boolean {
  const after = text.slice(end, end + 10);
  return ILL_ONE_AFTER.test(after) || INJURY_BORNE_AFTER.test(after);
}

/** "工程部上来撬开门", "开锁师傅撬锁": a door or a lock forced by the hotel's own people, to let a guest in or out, is no break-in. */
const PRIED = new Set(['撬开', '撬门', '撬锁']);
const STAFF_BEFORE = /工程部|工程师|维修|师傅|开锁/;
const STAFF_WINDOW = 12;

function isOpenedByStaff(text: string, start: number, end: number): boolean {
  return PRIED.has(text.slice(start, end)) && STAFF_BEFORE.test(sameSentenceBeforeZh(text, start, STAFF_WINDOW));
}

/** "So many monkeys around the villa, they stole our snacks off the balcony", "海鸥把薯条叼走了": an animal's taking is no theft. */
const ANIMAL_TAKER = /\b(?:monkeys?|macaques?|baboons?|seagulls?|gulls?|birds?|crows?|pigeons?|raccoons?|squirrels?|possums?)\b|猴子|猕猴|海鸥|乌鸦|松鼠|鸟/i;
const ANIMAL_WINDOW = 60;

function isAnAnimalsTaking(text: string, start: number): boolean {
  return ANIMAL_TAKER.test(LATIN.test(text.charAt(start)) ? sameSentenceBefore(text, start, ANIMAL_WINDOW) : sameSentenceBeforeZh(text, start, ANIMAL_WINDOW));
}

/** "我家狗偷吃了剩下的鸡骨头，吐了一地": a pet sick from what it stole or picked up is the owner's, not the business's. */
const PETS_OWN_DOING = /(?:狗|猫|宠物)[^。！？!?]{0,4}?(?:偷吃|偷喝|自己吃|捡|叼|舔了地上)/;
const PET_WINDOW = 24;

function isPetsOwnDoing(text: string, start: number): boolean {
  return PETS_OWN_DOING.test(sameSentenceBeforeZh(text, start, PET_WINDOW));
}

/**
 * "不见监管部门处罚", "监管部门都死绝了吗", "报道称工商局查处": the regulator as the subject of news or scorn,
 * what it did or failed to do, is not the customer going to it.
 */
const REGULATOR_SPOKEN_OF_AFTER = /^.{0,1}(?:处罚|查处|都死|不作为|干什么|干嘛|在干)/;
const REGULATOR_SPOKEN_OF_BEFORE = /(?:不见|报道称?|新闻说)$/;

/**
 * "酒店就在法院对面", "旁边就是市场监管局", "楼下有个律师事务所": an authority or a lawyer named as a landmark, where the hotel or the shop
 * stands, is no one going to it (派出所 as a landmark is in the phrase list's NOT_TRIGGERS).
 */
const LANDMARK_AFTER = /^(?:局|所|院|事务所|大楼)?的?(?:对面|旁边|附近|隔壁|楼下|楼上|边上|斜对面)/;
const LANDMARK_BEFORE = /(?:对面|旁边|附近|隔壁|楼下|楼上|边上)(?:就|还)?(?:是|有)?(?:个|一个|一家|家)?$/;

function isLandmark(text: string, start: number, end: number): boolean {
  return LANDMARK_AFTER.test(text.slice(end, end + 8)) || LANDMARK_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** "说要报警的那个客人是隔壁桌喝醉了": the police named to describe another customer, not this one's threat. */
const SOMEONE_ELSE_CALLING = new RegExp('^了?的(?:那个|那位|那桌)?(?:客人|顾客|大哥|大姐|阿姨|大叔|人)');

/** "前台说可以帮忙报警找回丢的伞": the business offering to call, not the customer going. */
const OFFERED_HELP = new RegExp('(?:可以|能|会)帮(?:忙|我|我们)?$');

const VAGUE_AUTHORITY = /^(相关|有关)/;
/** "已为您反馈至相关部门": the company passing the case on inside itself. */
const HANDED_ON = /转交|转给|转到|反馈至|反馈给|反馈到|交给|交由|提交|上报/;

/**
 * "万一过敏了怎么办", "担心吃坏肚子", "否则奇痒", "容易划伤", "以为我中毒了", "即使受伤也毫无怨言", "颜色看着像吃了会中毒": harm feared,
 * supposed, conceded or possible is not harm ("太可怕了" is no fear of it; "不小心靠上去烫伤了" is an accident that happened;
 * "吃出一根头发就算了还吃出一只虫子": 就算了 lets the first fault go, it supposes nothing).
 */
const HYPOTHETICAL = /万一|如果|要是|假如|感觉[^，。！？]{0,4}会|(?:可能|应该|好像|怕是)会|(?<!可)怕|担心|会不会|以免|(?<!不)小心|否则|不然|以为|估计|容易|即使|即便|哪怕|就算(?!了)|看着像|看起来像|看上去像/;
/** "This could have put me in hospital", "in case anyone gets sick": the English of the same. */
const HYPOTHETICAL_EN = /\b(?:could|might)(?:\s+have|'ve)\b|\b(?:could|might)\s+(?:\w+\s+)?(?:get|be|end|put)\b|\b(?:in case|what if|afraid|worried|risk of)\b/i;
/** "thought it was a bug. It was a burnt bit of onion", "I thought my wallet had been stolen… it had slipped behind the bed": supposed, then not. */
const THOUGHT_EN = /\bthought (?:it|there|that|this) (?:was|were|had)\b|\bthought (?:my|our|his|her) \w+ (?:was|were|had)\b/i;
const HYPOTHETICAL_WINDOW_LATIN = 40;

/** "感觉这种不新鲜的菜吃了会拉肚子，没敢吃": harm the customer expects, from farther back in the clause than HYPOTHETICAL reads. */
const EXPECTED = /(?:感觉|觉得|看着|看起来|看上去)[^，。！？,.!?]{0,12}会$/;
const EXPECTED_WINDOW = 16;

/** "触摸板能烫伤手指": what a thing could do ("竟然也能拉肚子" did happen). */
const COULD = /(?<![也竟居还都])能$/;
const HYPOTHETICAL_WINDOW = 8;
/** Danger said in general ("喝蒙牛很危险", "这样包装很危险的") is the guide's only when it is about a place. */
const RAILING_REACH_SET: ReadonlySet<string> = new Set(RAILING_REACH);
const RAILING = /栏杆|护栏|围栏|栏板|扶手|阳台|窗/;

const GENERIC_DANGER: ReadonlySet<string> = new Set(['不安全', '很危险', '太危险', '危险', '安全隐患']);

/**
 * "小卡片塞门缝，还有骚扰电话打到房间，感觉很不安全": the guest feeling unsafe is no danger by itself
 * (as in English, felt-unsafe.test.ts); an incident or a dangerous thing told beside it is read on its own.
 */
const FELT = /(?:感觉|觉得|感到)(?:很|非常|特别|挺|有点|有些|好|太|十分|极其|真的)?$/;
const FELT_WINDOW = 6;

/** "差点滑倒", "手差点被弄出血": a near miss is not harm (a foreign object in the food still is). */
const NEAR_MISS = /差点|险些|差一点|almost|nearly/;
const NEAR_MISS_WINDOW = 6;

/**
 * An insurance claim: the illness, injury or theft it is about is the insured event, not harm the business did, and 报案 there
 * opens the claim with the insurer ("打保险电话…怎么报案", "意外险…女儿骑车摔骨折了，申请理赔被拒"); every writer of our sets
 * labelled such messages urgent only for a regulator or an angry demand named beside them.
 */
// Not a safe (保险箱, 保险柜) nor a fuse (保险丝); in English not "their insurance details" asked of a business that did the harm.
const INSURANCE_CLAIM = /保险(?![箱柜丝])|理赔|医疗险|意外险|重疾险|车险|投保|保单|定损|查勘|出险|\binsurer\b|\binsurance (?:company|claim|policy)|\bmy insurance\b/i;
const INSURED_TRIGGERS: ReadonlySet<Trigger> = new Set(['health', 'theft']);
/** "…had to go to the tourist police to make a report for my insurance": a theft reported to the police is one, whatever the insurer is told after. */
const POLICE_REPORT = /\bpolice\b|报警|报了警|派出所|警察/i;
/** A parcel lost on its way ("快递寄丢了，东西不见了"): the delivery's loss, not a theft from the customer. */
const PARCEL_IN_TRANSIT = /快递|包裹|物流|寄丢|寄的|运单|单号|托运|运输中|保价|申报价值/;
const LOST_ITEMS: ReadonlySet<string> = new Set(['东西丢了', '丢了东西', '东西不见了', '行李不见了']);

/** "容易中毒" of a tablet is a virus. */
const COMPUTER_CONTEXT = /电脑|平板|系统|软件|机器|病毒|杀毒|刷机|[uU]盘|硬盘|笔记本/;
/**
 * A scratch is an injury only on a body named in its clause: "膝盖磕破了", "划破了手", "嘴里划破出血"; "手机有点划伤",
 * "背部划伤" (of a phone), "碗磕破了" and "窗帘也破了个口子" are the goods. 手 of 手机 and 扶手, 皮 of 外皮 and 背 of 背部 are no body.
 */
const SCRATCHES: ReadonlySet<string> = new Set(['刮伤', '刮破', '划伤', '划破', '擦破', '磕破', '磕青', '撞伤', '压伤', '戳伤', ...CUTS_BY_COUNT]);
const BODY = /(?<![扶把拉洗选对入到])手(?![机感柄续表环提写工套])|脚|腿|脸|嘴|唇|舌|牙|龈|喉|嗓|膝|肘|胳膊|臂|腕|额头|头上|头皮|头破|后脑|下巴|眼睛|鼻|耳朵|指(?!纹)|腰|屁股|身上|皮肤|(?<!外)皮(?![面革套鞋包带箱])|血/;
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
const LINGERING_BRUISE = '还青着';
const BRUISE_WINDOW = 30;

/** Harm said of something other than the customer's body. */
function isAboutTheGoods(text: string, phrase: string, start: number, end: number): boolean {
  if (phrase === '中毒') return near(text, start, end, COMPUTER_CONTEXT, SURFACE_WINDOW * 2);
  // A bruise still showing is told a clause after the limb struck (胳膊撞在洗手台上 到现在还青着); 芒果还青着 is unripe.
  if (phrase === LINGERING_BRUISE) return !BODY.test(sameSentenceBeforeZh(text, start, BRUISE_WINDOW));
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
/**
 * "嘴唇肿起来了，吃了药才好点", "输了液才缓过来": relief after treatment reads as praise to the sentiment words, but it tells that the harm was
 * real, so a short review that says it is not thanks.
 */
const RELIEF = /才(?:好(?![吃喝看玩用听])|缓过|退烧|消肿|止住)/;
const CAUSED_BY_FOOD_SET: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD, ...CAUSED_BY_FOOD_EN]);
const HARM_IN_ANY_REVIEW: ReadonlySet<string> = new Set([...CAUSED_BY_FOOD_SET, ...ALLERGIC_REACTION_EN, ...INJURED, ...PREMISES_DANGER]);
/**
 * Sparks from a fitting named just before, told in a short message the sentiment words read as mild ("浴室排风扇一直滋滋响 后来直接冒火星了"): no
 * one jokes or thanks with them. A grill's sparks (烤串的炭火一直冒火花) are cooking, and a long review is read as before.
 */
const SPARKS_SET: ReadonlySet<string> = new Set(SPARKS);
const FITTING = /插座|插头|插排|排插|插线板|电线|开关|排风扇|排气扇|换气扇|风扇|灯|空调|电视|吹风机|热水壶|水壶|热水器|充电器|浴霸|暖风机/;
const FITTING_WINDOW = 20;

function isSparksFromAFitting(text: string, phrase: string, start: number): boolean {
  return SPARKS_SET.has(phrase) && text.length < LONG_REVIEW && FITTING.test(sameSentenceBeforeZh(text, start, FITTING_WINDOW));
}
/**
 * "位置好早餐丰富，可惜床单上有臭虫，胳膊上全是包": praise, then a turn to the harm. The praise is of everything before the turn, as in a long
 * review, not thanks or a joke about the harm.
 */
const TURN_TO_A_FAULT = /可惜|但是|(?<![不非])但(?!愿)|不过|只是|就是|然而|结果/;
/**
 * Only harm that is never a figure of speech or a fruit's bruise ("嗓子干得冒烟", "像压伤的", "奶中毒了") turns a short review so: a danger
 * named in more than two characters (冒火花, 被电麻, not 冒烟 or 着火) is one, and so is a purge counted (拉了七八次).
 */
/** A fall or a retch told after the turn ("就是浴室太滑，我妈摔了一跤", "就是吃完晚上呕吐") is met, not a way of speaking. */
const FELL_OR_RETCHED = ['摔了一跤', '绊了一跤', '滑倒', '摔倒', '磕破', '磕青', '呕吐'];
const HARM_TOLD_AFTER_A_TURN: ReadonlySet<string> = new Set([...HARM_IN_ANY_REVIEW, ...BITES_ALL_OVER_SET, ...TIMES_OVER_SET, ...FELL_OR_RETCHED]);

function isHarmAfterATurn(text: string, trigger: Trigger, phrase: string, start: number): boolean {
  const harm = trigger === 'foreign_object' || trigger === 'theft' || HARM_TOLD_AFTER_A_TURN.has(phrase) || (trigger === 'safety' && phrase.length > 2 && !GENERIC_DANGER.has(phrase));
  return harm && TURN_TO_A_FAULT.test(text.slice(0, start));
}
/**
 * "说是地毯有烟洞要赔偿", "让我要赔偿自己找平台去", "说什么赔我满减券", "快递告诉我们怎么样索赔", "骑手说赔我一杯奶茶",
 * "保洁把我的眼镜踩碎了，说赔我两百" (a clause opening on 说, its speaker the one just named):
 * the business's demand, offer, instructions or brush-off, not the customer's ("我跟客服说要求赔偿" is the customer's).
 */
const THEIR_DEMAND = /说是|说要|说什么|让我|要我|叫我|让我们|要我们|告诉我|教我|(?<![跟对和向])(?:骑手|商家|老板|店家|客服|前台|经理|快递员?)说$|^说$/;
const THEIR_DEMAND_WINDOW = 12;
/** Compensation the business will give or has offered ("平台会赔我", "客服答应赔我一张券"): no demand of the customer's. */
const COMPENSATION_OFFERED = /(?:会|答应|愿意|同意|主动|说好)$/;
/**
 * "退房时说我们把浴巾弄脏了要赔钱", "说我打碎了杯子，要赔钱", "退房的时候说毛巾不见了要赔钱": the hotel accusing the
 * guest and charging for it; what is said at check-out or room inspection is the hotel's, unless the guest is the one speaking.
 */
const ACCUSED = /说我们?(?:把|打碎|打破|弄|少|拿|刮|损坏)|(?:退房|查房)[^。！？!?我]{0,10}说/;
const ACCUSED_WINDOW = 30;
/** "我跟客服说要赔偿 客服给了张券 还行吧": a demand met and settled for, told after it, is no angry one. */
const SETTLED_AFTER = /^[^。！？!?]{0,24}?(?:给了|赔了|补了|发了|退了|给我退|给我补|给我赔)[^。！？!?]{0,10}?(?:还行|还可以|也行|行吧|算了|可以接受|也就这样|(?<!不)满意)/;
/** Sentiment at or below this makes a compensation demand an angry one. */
export const ANGRY_SENTIMENT = -0.5;

/** Stomach trouble, which follows what was eaten; an allergy or a rash points at the order or the room as often. */
const DIGESTIVE = /肚|胃|吐|拉|泻|中毒/;
const ATE_WINDOW = 10;

/** `afterEating`: isIllnessAfterEating's answer for this phrase, which the praise gate asks too. */
function isIllnessFromFood(text: string, phrase: string, start: number, afterEating: boolean): boolean {
  if (CAUSED_BY_FOOD_SET.has(phrase)) return true;
  if (ILLNESS.has(phrase)) return afterEating;
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
  /** The theft or the intrusion told ("钱不见了", "房卡能打开别人的房间"): privacy_security by the guide. */
  theftOrIntrusion?: string;
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
const NUMB: ReadonlySet<string> = new Set(['发麻', '嘴麻', '舌头麻', '舌头发麻', '嘴巴发麻', '嘴发麻', '麻到没知觉', '麻得没知觉', '麻到没有知觉', '麻得没有知觉']);
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
/** "吃撑了，肚子好难受", "吃太多了胃不舒服": too much eaten, told just before, is fullness. */
const FULLNESS = /撑|吃多了|吃太多|吃得太多|吃太饱|吃得太饱/;
const FULLNESS_WINDOW = 10;

function isHungerOrSpice(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  if (!STOMACH.test(phrase) || CAUSED_BY_FOOD_SET.has(phrase)) return false;
  return HUNGER_OR_SPICE.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || FULLNESS.test(sameSentenceBeforeZh(text, start, FULLNESS_WINDOW));
}

/** "吃了一口就吐了": a mouthful spat out, where "喝了半瓶就吐了" is vomiting. */
const THREW_UP_AFTER: ReadonlySet<string> = new Set(['就吐了', '都吐了']);
const A_MOUTHFUL = new RegExp('[一两几]口');

function isABiteSpatOut(text: string, start: number, end: number): boolean {
  return THREW_UP_AFTER.has(text.slice(start, end)) && A_MOUTHFUL.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW));
}

/** "一晚上没睡好，早上起来头昏昏沉沉的", "吵得睡不着，头晕": a head heavy from a poor night is the room's noise or bed, not harm. */
const DIZZY: ReadonlySet<string> = new Set(['头晕', '头昏']);
const POOR_NIGHT = new RegExp('没睡|睡不|失眠|吵');
const POOR_NIGHT_WINDOW = 20;

function isHeadFromAPoorNight(text: string, start: number, end: number): boolean {
  return DIZZY.has(text.slice(start, end)) && POOR_NIGHT.test(sameSentenceBeforeZh(text, start, POOR_NIGHT_WINDOW));
}

/**
 * "外卖小哥摔了一跤把汤洒了", "骑手说路上摔倒了，所以迟到了": a worker's own fall, told as why the order came late or spilt, is not the
 * customer's injury ("服务员推了我一把，我摔倒了" is).
 */
const MISHAPS: ReadonlySet<string> = new Set(['摔倒', '摔了一跤', '滑倒', '滑了一跤', '绊了一跤', '绊倒', '摔伤', '摔下', '扭伤', '受伤', '脚一滑']);

function isWorkersMishap(text: string, start: number, end: number): boolean {
  if (!MISHAPS.has(text.slice(start, end))) return false;
  const before = sameClauseBefore(text, start, LOSS_WINDOW);
  return WORKER.test(before) && !/我/.test(before);
}

/** "吃完没多久肚子疼", "不一会儿就吐了": how soon the harm came, whose 没 or 不 denies nothing. */
const SOON_AFTER = /(?:没过?多久|不久|没一会儿?|不一会儿?|没几分钟|没几个小时|没半小时|没几天)[就便又]?$/;

/**
 * A Chinese negator must stand in the harm's own clause: "服务员连句道歉都没有，烫起泡了" denies the apology, not the burn.
 * An English one reaches over the words between ("I'm not risking food poisoning"), as isNegated reads it.
 */
const NEGATOR_REACH = 3;

function isHarmDenied(text: string, start: number): boolean {
  const clause = LATIN.test(text.charAt(start)) ? text : sameClauseBefore(text, start, NEGATOR_REACH);
  const at = clause === text ? start : clause.length;
  return isNegated(clause, at) && !SOON_AFTER.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * The dish blamed after the harm ("一家三口轮流上厕所，估计是那盘凉拌菜", "跑厕所跑了一晚，就是这家的凉面"), or named as the only thing
 * eaten ("拉了5次，就吃了他家的凉面"): it names what was eaten as 吃 before the harm does.
 */
const BLAMED_AFTER = /^[^。！？!?]{0,12}?(?:就是|估计是|肯定是|应该是|八成是|罪魁祸首|都怪|全怪|就吃了|只吃了|就只吃了|只吃过|就吃过)/;
const BLAMED_DISH_WINDOW = 10;
/** "肯定是这家的毛肚": what the business served, whatever the dish, is blamed for the stomach. */
const THE_BUSINESS_S = /^(?:这家|他家|那家|他们家|这个店|这店|店里)的/;

function isDishBlamedAfter(text: string, end: number): boolean {
  const blame = BLAMED_AFTER.exec(text.slice(end, end + 24));
  if (blame === null) return false;
  const from = end + blame[0].length;
  return FOOD_CONTEXT.test(text.slice(from, from + BLAMED_DISH_WINDOW)) || THE_BUSINESS_S.test(text.slice(from, from + BLAMED_DISH_WINDOW));
}

/** "没吃出什么异物", "没有发现任何虫子": a finding denied a few words before the object. */
const FINDING_DENIED = /(?:没|没有|未)(?:吃出|喝出|吃到|喝到|发现|看到|看见)(?:什么|任何|啥)?$/;

/**
 * "这价格简直是抢劫，我要报警了哈哈", "建议大家去消协问问这价格合理吗哈哈": a threat laughed off in its sentence is a joke (呵呵 is as often
 * an angry sneer, so it is no laugh here, and "别以为我是开玩笑" says it is meant). The laugh may open the next sentence: "这味道能投诉到消协吗？开玩笑的".
 */
const LAUGHED_OFF = /^[^。！？!?]{0,20}?[。！？!?]{0,2}(?:哈哈|hhh|(?<!不是|没|没有|以为我是|以为我在|不是在)开个?玩笑(?!吧你|呢|吗))/;
const LAUGH_WINDOW = 24;

/**
 * "看到别人评论说吃出虫子", "听说有人吃完拉肚子", "听同事说…", "邻居说吃了会拉肚子", "朋友说他上次吃完拉肚子": another customer's illness or find, heard of or claimed,
 * not this customer's.
 */
const HEARSAY = /别人|评论说|评价说|听说|据说|网上说|有人说|听[^，。！？,.!?说]{1,4}说|说(?:吃|喝)[了完过]?会|(?:朋友|同事|邻居|室友|同学|网友|闺蜜)说/;
/** Wide enough for whose the harm was between the teller and it ("朋友说她家狗吃了这家的骨头拉肚子"). */
const HEARSAY_WINDOW = 16;

/** An earlier visit or another thing: "以前", "去年", "上次"… */
const EARLIER = /以前|之前|上次|上回|去年|前年|曾经|小时候|以往|几年前|那次/;
const EARLIER_WINDOW = 16;
/** "上回在这家吃完拉肚子 这次又来试了一下 还好没事": the earlier visit's harm told against this one. */
const THIS_TIME = /这次|这回/;
/** The experiential 过 after the harm ("被偷过一次", "割伤过嘴") or between the finding and the object ("吃出过虫子"); 过敏, 过来, 过期 are other words. */
const EXPERIENCED_AFTER = /^过(?![敏来去期度分头])/;
const EXPERIENCED_BEFORE = /[出到]过[一几两]?[只根个块片条颗次]?$/;

/**
 * "去年在这家酒店被偷过一次东西，这次…很安心", "我小宝以前就被这样的书割伤过嘴": harm of an earlier visit or
 * another thing, told as experience, is why the customer is careful, not what happened this time.
 */
function isEarlierExperience(text: string, start: number, end: number): boolean {
  const before = sameClauseBefore(text, start, EARLIER_WINDOW);
  return EARLIER.test(before) && (EXPERIENCED_AFTER.test(text.slice(end, end + 2)) || EXPERIENCED_BEFORE.test(before) || THIS_TIME.test(text.slice(end)));
}

/**
 * "晚上在外面吃饭手机被偷了，前台陪我去派出所报了案", "之前在别的店吃饭被坑过 闹到消协才解决": a theft or a dispute somewhere else,
 * told of a hotel or a restaurant that helped or did better, is no incident of this business.
 */
const ELSEWHERE = /在外面|在街上|在地铁|在景区|在机场|在火车站|在别的店|在别家|别的店|别家店|其他店|另一家/;
const ELSEWHERE_WINDOW = 16;

function happenedElsewhere(text: string, start: number): boolean {
  return ELSEWHERE.test(sameSentenceBeforeZh(text, start, ELSEWHERE_WINDOW));
}

/** "朋友说上次在这住被偷了东西": someone else's earlier stay, told to the customer, is no incident of this one. */
const TOLD_BY_SOMEONE = /说/;

function isEarlierStayHeardOf(text: string, start: number): boolean {
  const before = sameClauseBefore(text, start, EARLIER_WINDOW);
  return EARLIER.test(before) && TOLD_BY_SOMEONE.test(before);
}

function isSecondLookAtFood(text: string, start: number): boolean {
  const clause = sameClauseBefore(text, start, FOUND_IN_WINDOW);
  const look = SECOND_LOOK.exec(clause.replace(/[半一两几]?[只根个块片条颗截]$/, ''));
  return look !== null && FOOD_CONTEXT.test(sameSentenceBeforeZh(text, start - clause.length, SECOND_LOOK_WINDOW));
}

/**
 * Itching after a night among bugs in the bedding ("被子底下还爬出一只小虫子，起来全身痒"): harm from the stay, where the same itch with
 * nothing eaten and no bugs is a dry room, and mosquitoes are the room's environment.
 */
const ITCH: ReadonlySet<string> = new Set(['全身痒', '浑身痒', '全身发痒', '浑身发痒', '身上发痒']);
/** Bed bugs by name; 床上有蚊虫 is no bed bug. */
const BED_BUGS_NAMED = /臭虫|跳蚤|虱子|床虱|螨虫/;
const BUGS_IN_BED = new RegExp('(?:床|被子|被褥|被套|枕头|沙发)[^。！？!?]{0,20}?(?:虫|跳蚤|虱子|螨)|臭虫|跳蚤|虱子|床虱');

function isItchFromBugsInBed(text: string, start: number, end: number): boolean {
  if (!ITCH.has(text.slice(start, end))) return false;
  const sentence = sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW);
  return BUGS_IN_BED.test(sentence) && !MOSQUITO.test(sentence);
}

/** 烫到了 with no limb is a scald only after the shower or kettle water in its sentence: "汤太烫了烫到了" is the food, "麻辣烫到了" the dish arriving. */
const BARE_SCALD = '烫到了';
const SCALDING_WATER = /洗澡|淋浴|花洒|热水|开水|水温|澡水|浴缸|水龙头/;
const BARE_SCALD_WINDOW = 16;

function isBareScaldWithoutWater(text: string, start: number, end: number): boolean {
  return text.slice(start, end) === BARE_SCALD && !SCALDING_WATER.test(sameSentenceBeforeZh(text, start, BARE_SCALD_WINDOW));
}

/** 包 of a word, not a bump: 全是包装, 都是包子, 满身包裹 ("外卖袋里全是包装纸", "整袋子都是包子" typed without a break). */
const WORD_AFTER_BAO = /^[子装裹厢间邮括含容]/;
function isBagOrBun(text: string, start: number, end: number): boolean {
  return BITES_ALL_OVER_SET.has(text.slice(start, end)) && text.endsWith('包', end) && WORD_AFTER_BAO.test(text.slice(end, end + 1));
}

function counts(trigger: Trigger, text: string, start: number, end: number, sentimentScore: number): boolean {
  if (HARM.has(trigger) && isEarlierExperience(text, start, end)) return false;
  if (INSURED_TRIGGERS.has(trigger) && INSURANCE_CLAIM.test(text) && !(trigger === 'theft' && POLICE_REPORT.test(text))) return false;
  if ((trigger === 'health' || trigger === 'foreign_object') && HEARSAY.test(sameClauseBefore(text, start, HEARSAY_WINDOW))) return false;
  switch (trigger) {
    case 'health':
      if (AFTER_EATING_SET.has(text.slice(start, end)) && !EATEN_OR_ORDERED.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) && !isDishBlamedAfter(text, end) && !isItchFromBugsInBed(text, start, end)) return false;
      if (statesACondition(text, start, end) || isIllnessNotFromTheBusiness(text, start, end) || isConditionAlreadyBorne(text, end) || isPetsOwnDoing(text, start) || isAboutTheGoods(text, text.slice(start, end), start, end)) return false;
      if (NUMB.has(text.slice(start, end)) && isSpiceNumbness(text, start, end)) return false;
      if (isBareScaldWithoutWater(text, start, end)) return false;
      if (isHungerOrSpice(text, start, end) || isWorkersMishap(text, start, end) || isHeadFromAPoorNight(text, start, end) || isABiteSpatOut(text, start, end)) return false;
      if (isBagOrBun(text, start, end)) return false;
      // Mosquitoes before the bites are the room's, unless bed bugs are named there too (蚊子多就算了 床上还有臭虫 腿上被叮得全是包).
      if (BITES_ALL_OVER_SET.has(text.slice(start, end)) && MOSQUITO.test(text.slice(Math.max(0, start - MOSQUITO_WINDOW), start)) && !BED_BUGS_NAMED.test(text.slice(Math.max(0, start - MOSQUITO_WINDOW), start))) return false;
      return (
        !isHarmDenied(text, start) &&
        !NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) &&
        !COULD.test(text.slice(0, start)) &&
        !EXPECTED.test(sameClauseBefore(text, start, EXPECTED_WINDOW)) &&
        !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) &&
        !HYPOTHETICAL_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN)) &&
        !THOUGHT_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))
      );
    case 'theft':
      if (isSomeoneElsesLoss(text, start, end) || isEarlierStayHeardOf(text, start) || isAnAnimalsTaking(text, start) || isOpenedByStaff(text, start, end) || happenedElsewhere(text, start)) return false;
      // "差点被骗走两万": a theft that nearly happened did not.
      if (NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW))) return false;
      if (LOST_ITEMS.has(text.slice(start, end)) && PARCEL_IN_TRANSIT.test(text)) return false;
      if (SCAM.has(text.slice(start, end)) && !SCAM_AIMED_AT_THE_CUSTOMER.test(text)) return false;
      if (CARD_MISUSED.has(text.slice(start, end)) && !CARD_HANDED_OVER.test(text)) return false;
      if (FRAUD_ON_ACCOUNT_SET.has(text.slice(start, end)) && sentimentScore >= 0) return false;
      if (IDENTITY_USED_SET.has(text.slice(start, end)) && ASKED.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW))) return false;
      // "万一东西不见了谁负责", "担心钱包被偷": a loss feared is no loss.
      if (HYPOTHETICAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW)) || THOUGHT_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))) return false;
      if (
        BELONGINGS_GONE_SET.has(text.slice(start, end)) &&
        !(text.slice(start, end) === GONE_RIGHT_AFTER || text.slice(start, end) === GONE_AT_CLAUSE_END ? BELONGING_RIGHT_BEFORE : BELONGINGS_BEFORE).test(text.slice(Math.max(0, start - 30), start)) &&
        !(TAKEN_BY_SOMEONE.has(text.slice(start, end)) && orderTaken(text) !== undefined)
      )
        return false;
      if ((text.slice(start, end) === GONE_AT_CLAUSE_END || GONE_ON_RETURN.has(text.slice(start, end))) && end < text.length && !isClauseBreak(text.charCodeAt(end))) return false;
      // "闯进了决赛" is a team's progress; a break-in names where.
      if ((text.slice(start, end) === '闯进' || text.slice(start, end) === '翻进') && !INTO_A_PLACE.test(text.slice(end, end + 6))) return false;
      // "一只猫从阳台翻进来": an animal climbing in is the room's environment.
      if (text.slice(start, end) === '翻进' && ANIMAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW * 2))) return false;
      return !isNegated(text, start);
    case 'foreign_object': {
      // "如果吃出虫子我会直接投诉": an object supposed in its own clause was not found.
      if (HYPOTHETICAL.test(sameClauseBefore(text, start, HYPOTHETICAL_WINDOW)) || THOUGHT_EN.test(sameSentenceBefore(text, start, HYPOTHETICAL_WINDOW_LATIN))) return false;
      if (SELF_LOCATING_SET.has(text.slice(start, end))) return !isNegated(text, start) && near(text, start, end, FOOD_CONTEXT);
      if (SMELL_OF.test(text.slice(end, end + 3))) return false;
      const english = LATIN.test(text.charAt(start));
      return (
        !isNegated(text, start) &&
        !FINDING_DENIED.test(sameClauseBefore(text, start, FOUND_IN_WINDOW)) &&
        (FOUND_IN.test(english ? text.slice(Math.max(0, start - FOUND_IN_WINDOW_LATIN), start) : sameClauseBefore(text, start, FOUND_IN_WINDOW)) ||
          (!english && isSecondLookAtFood(text, start)) ||
          (english || LATIN_AFTER.test(text.slice(end, end + 2)) ? FOUND_AFTER_LATIN.test(text.slice(end, end + 40)) : FOUND_AFTER_ZH.test(text.slice(end, end + 6)))) &&
        !FOUND_ON_PREMISES.test(text.slice(Math.max(0, start - FOUND_IN_WINDOW), start)) &&
        !ON_THE_MOVE.test(text.slice(end, end + 5)) &&
        (near(text, start, end, FOOD_CONTEXT, english ? FOUND_IN_WINDOW_LATIN + 8 : FOOD_CONTEXT_WINDOW) ||
          // The second look names the drink farther back ("奶茶喝到底 吸管吸上来一个黑乎乎的软东西 倒出来一看是只蟑螂的腿"), as it reads it.
          (!english && (namesADishHolding(sameSentenceBeforeZh(text, start, FOOD_SENTENCE_WINDOW)) || isSecondLookAtFood(text, start))))
      );
    }
    case 'safety':
      if (RAILING_REACH_SET.has(text.slice(start, end)) && !RAILING.test(text)) return false;
      // Bare of wiring only (电线裸露, 电线直接露在外面): 裸露的砖墙 and 水管露在外面 are no danger.
      if ((text.slice(start, end) === '裸露' || text.slice(start, end) === '露在外面') && !near(text, start, end, ELECTRIC, ELECTRIC_WINDOW)) return false;
      if (GENERIC_DANGER.has(text.slice(start, end)) && FELT.test(sameClauseBefore(text, start, FELT_WINDOW))) return false;
      // "退房时前台说我房间的烟雾报警器被拆了，要罚款": the hotel blaming the guest, no danger the guest met.
      if (ACCUSED.test(sameSentenceBeforeZh(text, start, ACCUSED_WINDOW))) return false;
      return !isNegated(text, start) && !HYPOTHETICAL.test(text.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start)) && ((end - start > 2 && !GENERIC_DANGER.has(text.slice(start, end))) || near(text, start, end, PLACE_CONTEXT));
    case 'legal':
      return !isNegated(text, start) && !LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW)) && !isLandmark(text, start, end);
    case 'compensation':
      return (
        sentimentScore <= ANGRY_SENTIMENT &&
        !isNegated(text, start) &&
        !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW)) &&
        !COMPENSATION_OFFERED.test(text.slice(Math.max(0, start - 3), start)) &&
        !ACCUSED.test(sameSentenceBeforeZh(text, start, ACCUSED_WINDOW)) &&
        !SETTLED_AFTER.test(text.slice(end, end + 40))
      );
    case 'media':
      // "小心我去黑猫投诉哦～开玩笑的": a threat laughed off, as for the regulator.
      if (isMediaNews(text, start, end) || LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW))) return false;
      // "让我们发抖音打卡": the business asking for a post, not the customer threatening one.
      return (sentimentScore < 0 || PRESS_REACHED.test(text.slice(start, end))) && !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW));
    case 'regulator':
      if (text.slice(start, end) === '报案' && INSURANCE_CLAIM.test(text)) return false;
      if (NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW)) || isLandmark(text, start, end)) return false;
      if (REGULATOR_SPOKEN_OF_AFTER.test(text.slice(end, end + 5)) || REGULATOR_SPOKEN_OF_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
      if (SOMEONE_ELSE_CALLING.test(text.slice(end, end + 6)) || OFFERED_HELP.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || happenedElsewhere(text, start)) return false;
      return !VAGUE_AUTHORITY.test(text.slice(start, end)) || (sentimentScore < 0 && !HANDED_ON.test(text.slice(Math.max(0, start - 4), start)));
    default:
      return true;
  }
}

/**
 * The stomach in the diner's own words after eating ("吃完肚子一直咕噜咕噜", "胃里难受了一晚上", "肚子有点隐隐作痛", "腹痛难忍", Hong Kong's "肚痛到半夜", "个胃唔舒服"): the
 * organ and the discomfort a few characters apart ("胃里一阵一阵的疼"; "肚子吃撑了难受" is fullness), where the list above
 * names only the commonest joins. Hunger and spice are checked as for the listed phrases (isHungerOrSpice).
 */
const STOMACH_TROUBLE = /(?:肚子?|胃|肠胃|腹)[^，。！？,.!?\s撑饱饿]{0,6}?(?:疼|痛|难受|不舒服|唔舒服|不适|咕噜|翻腾)/g;
/** Diarrhoea or vomiting told by where it left the diner ("老公拉到虚脱", "吐得腿都软了", "吐到只剩胆汁"). */
const PURGED_TO_EXHAUSTION = new RegExp('[拉吐泻][到得][^，。！？,.!?]{0,3}?(?:虚脱|脱水|腿软|腿都软|没力气|浑身无力|站不起|起不来|胆汁|黄水|酸水)', 'g');
/** A bone caught in the throat, told from the throat's side or the bone's ("嗓子眼卡了块骨头", "卡了根鱼刺"). */
const THROAT_CAUGHT = new RegExp('(?:嗓子眼?|喉咙)[^，。！？,.!?]{0,3}?卡|卡了?[一]?[块根个]?(?:骨头|鱼刺|鱼骨|刺)', 'g');
/** A doctor blaming the food in the diagnosis ("医生说是吃了不新鲜的海鲜导致的", "医生诊断是食物中毒"): the cause is named, whatever came before. */
const DOCTOR_BLAMED_THE_FOOD = new RegExp('医生(?:说|讲|诊断|判断)(?:很?可能|应该|就|说)?是[^，。！？,.!?]{0,8}?(?:吃|食物|饮食不洁|细菌|不干净|不新鲜|变质)', 'g');
/**
 * Diarrhoea or vomiting counted in digits ("拉了5次", "吐了3回", "跑了6趟厕所"), where the phrase list counts in words (拉了七八次): a night's
 * trips to the toilet are no illness unless something was eaten.
 */
const PURGED_COUNTED = new RegExp('(?:[拉吐泻]了?|[跑上]了)[0-9]{1,2}(?:次|回|趟|遍)', 'g');
/** Bumps or a rash rising on the skin after eating ("吃了两口粥 嘴巴周围全红了 起了好多小疙瘩"); goose bumps (鸡皮疙瘩) are none. */
const SKIN_RISING = /起了?[^，。！？,.!?]{0,4}?(?<!鸡皮)(?:疙瘩|疹)/g;
/** Each trouble with the words it cannot match without, and whether something eaten or ordered must come before it. */
const AFTER_EATING_TROUBLE: readonly (readonly [readonly string[], RegExp, boolean])[] = [
  [['肚', '胃', '腹'], STOMACH_TROUBLE, true],
  [['拉', '吐', '泻'], PURGED_TO_EXHAUSTION, true],
  [['拉了', '吐了', '泻了', '跑了', '上了'], PURGED_COUNTED, true],
  [['卡'], THROAT_CAUGHT, true],
  [['疙瘩', '疹'], SKIN_RISING, true],
  [['医生'], DOCTOR_BLAMED_THE_FOOD, false],
];

/** Something eaten or drunk to the end ("吃了他家小龙虾", "喝完"), not wanted or being eaten (想吃, 吃着正好). */
const EATEN_BEFORE_ILLNESS = /[吃喝](?:了|完|过)|食[完咗了过后]/;
/** An illness the order was for: wished well, appetite lost, a sickbed kept (早日康复, 没胃口, 陪床). */
const ILL_ONE_FED = /康复|没胃口|陪床|病号饭|想吃点清淡/;

/**
 * "宝宝喝了他家的果汁，拉了一天水样便", "一家三口轮流上厕所，估计是那盘凉拌菜": illness told after what was eaten reads mild to the sentiment
 * words (宝宝, 果汁), but no one thanks a business for it, so praise does not outweigh it even in a short message.
 */
function isIllnessAfterEating(text: string, phrase: string, start: number): boolean {
  // Falling ill (生病, 发烧, 住院) after something eaten in the same sentence: "吃了他家小龙虾，今天就生病了" read as praise of the crayfish.
  // Not an illness the order was for (孩子发烧没胃口…祝早日康复, 住院这半个月基本都是他家).
  if (ILLNESS.has(phrase)) return EATEN_BEFORE_ILLNESS.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) && !ILL_ONE_FED.test(text);
  if (!CAUSED_BY_FOOD_SET.has(phrase) && !AFTER_EATING_SET.has(phrase) && !TIMES_OVER_SET.has(phrase)) return false;
  return isEatenOrBlamed(text, start, start + phrase.length);
}

function isEatenOrBlamed(text: string, start: number, end: number): boolean {
  return EATEN_OR_ORDERED.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) || isDishBlamedAfter(text, end);
}

/**
 * Read in a message whose praise would outweigh a bare phrase ("环境挺好…就是吃完回去拉了3次") too, but then only a trouble after something
 * eaten: no one thanks a business for it.
 */
function stomachTroubleAfterEating(text: string, held: WordLists, sentimentScore: number, praised: boolean): string | undefined {
  for (let p = 0; p < AFTER_EATING_TROUBLE.length; p++) {
    const [words, pattern, eatenBefore] = AFTER_EATING_TROUBLE[p]!;
    if (!held.holds(words) || (praised && !eatenBefore)) continue;
    for (const trouble of text.matchAll(pattern)) {
      const start = trouble.index;
      const end = start + trouble[0].length;
      if ((!eatenBefore || isEatenOrBlamed(text, start, end)) && counts('health', text, start, end, sentimentScore)) return trouble[0];
    }
  }
  return undefined;
}

/**
 * A part of the premises failing dangerously, told with words between the part and the failure ("电梯运行的时候突然往下掉了一截",
 * "烟雾报警器是坏的，按了测试键根本不响", "卫生间的玻璃门自己爆了", "空调挂机半夜整个掉下来", "阳台栏杆松了"): the phrase list names only the commonest joins (电梯突然往下掉,
 * 玻璃门爆), and "烟雾报警" stays out of it so that 报警 there is no call to the police. A removed alarm is left out: the hotel
 * fining a guest for it ("前台说我房间的烟雾报警器被拆了，要罚款") is no danger found. A room door that opens with a push is not
 * here either: the corpus's writers label it privacy_security but not urgent, four of four.
 */
/**
 * Between the part and the failure, in its clause. A failure felt or feared is none ("感觉随时会往下掉", "好像坏了"); one that nearly
 * happened is, as 差点砸 and 差点掉下 are in the list.
 */
const SAME_CLAUSE = '[^，。！？,.!?会怕感像担万随能似]{0,8}?';
/** The smoke alarm is tried, then found silent, in the next clause as often ("烟雾报警器，按了根本不响"). */
const NEXT_CLAUSE = '[^。！？!?会怕感像担万随能似]{0,10}?';
/** What falls from above is the part itself, not dust or drips from it ("空调的水掉下来"). */
const FALLING_PART = '[^，。！？,.!?会怕感像担万随能似灰水渣屑]{0,8}?';
/**
 * Each failing with the words one of which it cannot match without: a message is read only by the patterns whose words it holds
 * (掉 stands in many a message, 电梯 or 栏杆 in few).
 */
const SMOKE_ALARM_FAILING = new RegExp(`(?:烟雾报警器?|烟感|烟雾探测器?)${NEXT_CLAUSE}(?:坏了|是坏的|坏掉|不响|不会响|没响|失灵|没电|没反应|没有反应|反应都没有|包住|套住|罩住|遮住|捂住|堵住)`, 'g');
/** Furniture that topples, with at most an adverb between ("整个柜子就倒了下来"): "书架上的书倒了下来" is what stood on it. */
const FURNITURE_TOPPLING = new RegExp('(?:电视柜|衣柜|柜子|书架|架子|置物架|行李架|电视机|电视)(?:整个|突然|直接|忽然|一下|就|都|也|又){0,2}(?:倒下来|倒了下来|翻倒|压到)', 'g');
/**
 * Gas smelt or leaking, by every name a guest gives it (瓦斯 in Taiwan, 天然气, the stove or the pipe between: "燃气灶漏气"); the smell
 * must follow the gas itself, as "煤气灶炒的菜有锅气味" is the cooking.
 */
const GAS_WORDS = ['煤气', '燃气', '瓦斯', '天然气'];
const GAS = `(?:${GAS_WORDS.join('|')})`;
/** Only of premises named in the message: a gas water heater bought online that smells ("燃气的味道浓，噪音大") is the goods' fault. */
// Told by its rotten-egg smell with the gas named beside it ("闻到一股臭鸡蛋味 前台说是天然气管道的问题"); a drain's smell names no gas.
const GAS_SMELT = new RegExp(`${GAS}的?气?味|${GAS}[灶管罐表阀]?${SAME_CLAUSE}(?:漏气|泄漏|泄露|外泄|漏了|在漏)|臭鸡蛋味[^。！？!?]{0,16}?${GAS}`, 'g');
/** "前台说我房间的烟雾探测器被遮住了，要罚款五百": the hotel fining the guest for the alarm, not a danger the guest found. */
const FINED = /罚款|罚钱|要罚|罚我/;
/**
 * A window that will not lock or opens all the way ("窗户没有锁，一推就开到底", "窗户能整个推开") is a fall risk only up high: it counts where
 * the message names a high floor ("住18楼", "高层"); on the ground floor it is a draught or a burglar's way in, told as privacy.
 */
const WINDOW_WIDE_OPEN = new RegExp(`窗[户子]?${SAME_CLAUSE}(?:没有锁|没锁|锁不上|锁不了|锁是坏的|一推就开|一推就全开|开到底|能整个推开|能完全推开|能全部推开|能全推开|可以整个推开|可以完全推开|可以全部推开)`, 'g');
const HIGH_FLOOR = new RegExp('(?:[5-9]|[1-9][0-9])(?:楼|层)|(?:[五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(?:楼|层)|高层|高楼层|楼层很高|楼层高');
/** Water reaching what is live ("漏水漏到插座上", "空调滴水正好滴在插线板上", "电线泡在水里"): a shock or a fire waiting, where a leak alone is the room's. */
const WATER_ON_LIVE_PARTS = new RegExp(`(?:水${NEXT_CLAUSE}(?:流到|流进|滴到|滴在|漏到|漏在|渗到|渗进|淋到|溅到)|进水)[^，。！？,.!?]{0,3}?(?:插座|插线板|插排|插头|电线|电源|开关|灯)|(?:电线|插座|插线板|插排|电源)${SAME_CLAUSE}泡在水`, 'g');
const PREMISES_FAILING: readonly (readonly [readonly string[], RegExp])[] = [
  [['电梯'], new RegExp(`电梯${SAME_CLAUSE}(?:往下掉|往下坠|下坠|坠落|往下滑|突然下滑|失控|门没关就|开着门就|门开着就|夹到了?我|夹住了?我)`, 'g')],
  [['烟'], SMOKE_ALARM_FAILING],
  // A socket, a wire or a plug pushed in that smells burnt, a clause or two after it failed ("插座一插上就啪的一声 跳闸了 还有股烧焦味",
  // "烧水壶一插电就跳闸 闻到一股胶皮烧焦的味"); the kitchen's smell is cooking.
  [['焦', '糊味'], new RegExp(`(?:插座|插头|插排|排插|插线板|接线板|电线|开关|插电)[^。！？!?会怕感像担万随能似]{0,20}?(?:烧焦|烧糊|焦味|焦糊|糊味)`, 'g')],
  // Glass shattered over the floor ("推拉门玻璃碎了一地", "地上全是玻璃渣"); a glass the guest broke (玻璃杯打碎了) is no danger of the room.
  [['玻璃'], new RegExp(`玻璃(?![杯瓶碗盘])[^，。！？,.!?打摔]{0,4}?碎了一地|(?:地上|地板上|地毯上|浴室里|卫生间里)[^，。！？,.!?]{0,4}?(?:碎玻璃|玻璃渣|玻璃碴)`, 'g')],
  [['玻璃', '淋浴'], new RegExp(`(?:玻璃门|淋浴门|淋浴房|淋浴间|玻璃隔断)${SAME_CLAUSE}(?:爆了|炸了|爆裂|炸裂|自爆|碎了一地|突然碎)|(?:窗户?的?玻璃|玻璃窗|窗玻璃)${SAME_CLAUSE}(?:是裂的|裂了|裂开了|有裂缝|有裂纹|碎了)`, 'g')],
  [['掉', '砸', '塌'], new RegExp(`(?:空调挂机|空调外机|空调|挂机|吊灯|灯罩|吊扇|吊顶|天花板|石膏板|扣板|镜子)${FALLING_PART}(?:掉下来|掉了下来|砸下来|砸了下来|砸在|砸到|塌下来|塌了)`, 'g')],
  [['倒下', '倒了下', '翻倒', '压到'], FURNITURE_TOPPLING],
  // A bunk bed's rail ("上铺的护栏是松的") is the bed's, not a drop from the building.
  [['栏杆', '护栏'], new RegExp(`(?<!铺的?|床的?)(?:栏杆|护栏)${SAME_CLAUSE}(?:松了|是松的|松松垮垮|一推就晃|一碰就晃|摇摇晃晃|晃得厉害|断了|是裂的|裂了|有裂缝|有裂纹|裂开)`, 'g')],
  // A fixture overhead landing where the guest lies or sits ("吊灯半夜整个掉在床边"); 掉在 of a remote or a towel is no danger, so only these.
  [['掉'], new RegExp(`(?:吊灯|灯罩|吊扇|吊顶|天花板|石膏板|扣板|镜子)${FALLING_PART}(?:掉在|掉到|整个掉)`, 'g')],
  // An appliance or socket burning or smoking ("浴室的暖风机烧了", "吹风机用了两分钟就冒烟了"): a burnt dish or a smoking grill is cooking.
  [['烧', '烟'], new RegExp(`(?:暖风机|浴霸|电暖器|取暖器|插座|插头|插排|排插|插线板|接线板|电线|空调|吹风机|热水壶|电视|充电器)${SAME_CLAUSE}(?:烧了|烧坏了|烧焦|烧糊|烧黑|烧化|烧熔|烧起来|烧着了|冒烟|冒黑烟|冒白烟)`, 'g')],
  [GAS_WORDS, GAS_SMELT],
  [['插', '电线', '电源', '开关', '灯'], WATER_ON_LIVE_PARTS],
  [['窗'], WINDOW_WIDE_OPEN],
];

function premisesFailing(text: string, held: WordLists, sentimentScore: number): string | undefined {
  for (let p = 0; p < PREMISES_FAILING.length; p++) {
    const [words, pattern] = PREMISES_FAILING[p]!;
    if (!held.holds(words) || (pattern === SMOKE_ALARM_FAILING && FINED.test(text)) || (pattern === GAS_SMELT && !PLACE_CONTEXT.test(text)) || (pattern === WINDOW_WIDE_OPEN && !HIGH_FLOOR.test(text))) continue;
    for (const failing of text.matchAll(pattern)) {
      if (counts('safety', text, failing.index, failing.index + failing[0].length, sentimentScore)) return failing[0];
    }
  }
  return undefined;
}

/**
 * A needle, blade or broken glass left in the bed or the sofa ("在床垫缝里发现一个针头", "枕头底下有一片刀片"): a danger of the room, where the
 * same words in a dish are a foreign object. "床上没有发现针头" denies it and "要是床上有针头" supposes it, so the clause before the object is read;
 * "针头大小的黑点" is a size.
 */
const SHARP_IN_BED = /(?:床垫|床单|床铺|床上|被子|被褥|被套|枕头|枕套|沙发|地毯|床头柜|抽屉|衣柜|浴巾|毛巾)[^。！？!?]{0,10}?(针头|注射器|针管|刀片|碎玻璃|玻璃渣|玻璃碴|[一几两]?[根枚]针(?!头)|缝衣针|大头针|钢针)(?!大小|那么|一样|般|似的)/g;

const SHARP_CLAUSE_WINDOW = 20;
const SHARP_WORDS = ['针', '注射', '刀片', '玻璃'];

function sharpInBed(text: string, held: WordLists): string | undefined {
  if (!held.holds(SHARP_WORDS)) return undefined;
  for (const sharp of text.matchAll(SHARP_IN_BED)) {
    const end = sharp.index + sharp[0].length;
    const start = end - sharp[1]!.length;
    // The bed or sofa is the place, so the safety trigger's own place check does not apply; a near miss, a fear, a denial or an earlier stay do.
    const before = sameClauseBefore(text, start, SHARP_CLAUSE_WINDOW);
    if (!NEAR_MISS.test(before) && !HYPOTHETICAL.test(before) && !isNegated(text, start) && !isEarlierExperience(text, start, end)) return text.slice(start, end);
  }
  return undefined;
}

/**
 * Money counted short in what the guest keeps it in ("放在保险柜里的两千块钱少了一千", "钱包放在抽屉里，出去吃个饭回来少了800现金",
 * "钱包里少了五百", or by what is left: "钱包里的一千块只剩两百了"; "行李箱少了两个轮子" counts parts): theft the phrase list (钱包里的钱少了, 现金少了) names only where the sum is not told. The safe, drawer, bag or wallet must come first: a
 * deposit or a refund short by a sum ("押金退的时候少了200块") is billing.
 */
const MONEY_GONE = /(?:保险[柜箱]|抽屉|行李箱?|钱包|包里|箱子)[^。！？!?]{0,30}?(钱少了|少了[0-9一二两三四五六七八九十百千万]+(?:块|元|现金|美金|美元)|少了[0-9一二两三四五六七八九十]*[0-9百千万](?![0-9个件样只双条张根瓶包盒袋份])|只剩下?了?[0-9一二两三四五六七八九十]+[0-9百千万块元](?![0-9个件样只双条张根瓶包盒袋份]))/g;

/**
 * A belonging counted short after a stay ("退房回家发现少了一件羽绒服"): the stay must be named, as "快递少了一件衣服" is an order short.
 */
const BELONGING_SHORT = new RegExp(`(少了[一两几]?[件个条双部台只块副]?${BELONGING})`, 'g');
const STAY = new RegExp('酒店|宾馆|民宿|房间|退房|入住|前台|寄存');

function moneyGone(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('少了') && !text.includes('只剩')) return undefined;
  for (const pattern of [MONEY_GONE, BELONGING_SHORT]) {
    if (pattern === BELONGING_SHORT && !STAY.test(text)) continue;
    for (const gone of text.matchAll(pattern)) {
      const end = gone.index + gone[0].length;
      const start = end - gone[1]!.length;
      if (counts('theft', text, start, end, sentimentScore)) return text.slice(start, end);
    }
  }
  return undefined;
}

/**
 * A stranger following the guest or at her door, with words between ("有陌生男人在走廊跟着我到房门口", "一个不认识的男的一路跟到我房间"): the
 * phrase list names only the joined forms (陌生男人跟着我). Feeling watched is not it: 跟着我 or 跟到 says it happened.
 */
const STRANGER_FOLLOWING = /(?:陌生|不认识的|(?:一个|有个|一位)(?:男的|男人|男子))[^，。！？,.!?]{0,10}?(?:跟着我|跟到|跟进|尾随)/g;
/** "一个男的服务员跟着我到房门口帮我拿行李": a worker walking the guest up. */
const WALKED_UP_BY_A_WORKER = /服务员|行李员|门童|保安|前台|帮我|帮忙/;
/** A stranger walking into the room, told from inside it ("半夜进来一个陌生男的"). */
const STRANGER_WALKING_IN = new RegExp('(?:进来|闯进来|走进来|闯了进来|走了进来)了?(?:一个|个)?(?:陌生|不认识)', 'g');
/**
 * A camera found hidden in the room ("在排气扇里发现一个摄像头", "插座里藏着镜头"): the corridor's cameras are the hotel's own, and
 * "发现没有摄像头" finds none.
 */
const HIDDEN_CAMERA = new RegExp('(?:发现|藏着?|藏了)[^，。！？,.!?没无]{0,10}?(?:摄像头|镜头|摄像机)', 'g');
/**
 * The same told by the second look that found it ("小红点一闪一闪的，拆开一看是摄像头") or by the fixture it sat in ("插座孔里有个镜头",
 * "烟感上面装着一个小镜头"); a camera in the corridor or the lobby is in none of these.
 */
const CAMERA_LOOKED_AT = new RegExp('(?:一看|一照|细看|原来|竟然|居然)(?:是|竟然是|居然是)?(?:个|一个)?(?:小|针孔)?(?:摄像头|镜头|摄像机)', 'g');
const CAMERA_IN_A_FIXTURE = new RegExp('(?:孔|缝|插座|烟感|报警器|排气扇|电视|空调|路由器|充电器|闹钟|时钟|台灯|灯罩|天花板|镜子|挂画|装饰画|花盆|音箱|机顶盒)[^，。！？,.!?没无]{0,4}?(?:里|后面|上|中)面?(?:有|藏着?|装着?)(?:个|一个)?(?:小|针孔)?(?:摄像头|镜头|摄像机)', 'g');
/**
 * A worker of the business threatening the customer ("骑手打电话威胁我说敢差评就等着", "老板恐吓我们"): a personal-safety incident, where
 * "这是威胁吗" asks and "呵呵哒 威胁我呢" names no one.
 */
const WORKER_THREAT = new RegExp('(?:骑手|外卖员|外卖小哥|送餐员|配送员|快递员|快递小哥|老板娘?|商家|店家|店员|前台|服务员|保安|经理|司机|师傅)[^。！？!?]{0,12}?(?:威胁|恐吓)(?![吗么嘛])', 'g');
/** Someone trying the guest's door from outside, told with words between ("半夜听到有人转门把", "有人在外面拧了好几下门把手"). */
const SOMEONE_TRYING_THE_DOOR = new RegExp('有人[^，。！？,.!?]{0,6}?(?:转|拧|扭|掰|拽)[^，。！？,.!?]{0,4}?(?:门把|把手)', 'g');
/** Someone walking in on the guest through the door ("半夜有人直接推门进来了"); housekeeping coming in to clean or bring something is the service. */
const SOMEONE_WALKING_IN = new RegExp('有人[^，。！？,.!?]{0,4}?(?:推门|推开门|开门|打开门|刷卡|刷开门|闯)进来(?![打送收查修换补])', 'g');
/** The camera of a phone or a tablet told by its spot on the device ("贴完膜发现摄像头那里有黄色的斑点", "发现摄像头的地方还有划痕"). */
const CAMERA_OF_THE_GOODS = /^(?:那里|那块|的地方|周围|边上|模组|有划|划痕|的划|有斑|斑点|进灰|有灰)/;
const CAMERA_PATTERNS: ReadonlySet<RegExp> = new Set([HIDDEN_CAMERA, CAMERA_LOOKED_AT, CAMERA_IN_A_FIXTURE]);
const PERSONAL_SAFETY: readonly (readonly [readonly string[], RegExp])[] = [
  [['门把', '把手'], SOMEONE_TRYING_THE_DOOR],
  [['进来'], SOMEONE_WALKING_IN],
  [['陌生', '不认识', '男的', '男人', '男子'], STRANGER_FOLLOWING],
  [['威胁', '恐吓'], WORKER_THREAT],
  [['进来'], STRANGER_WALKING_IN],
  [['摄像', '镜头'], HIDDEN_CAMERA],
  [['摄像', '镜头'], CAMERA_LOOKED_AT],
  [['摄像', '镜头'], CAMERA_IN_A_FIXTURE],
];

function personalSafetyIncident(text: string, held: WordLists, sentimentScore: number): string | undefined {
  for (let p = 0; p < PERSONAL_SAFETY.length; p++) {
    const [words, pattern] = PERSONAL_SAFETY[p]!;
    if (!held.holds(words)) continue;
    for (const incident of text.matchAll(pattern)) {
      if (pattern === STRANGER_FOLLOWING && WALKED_UP_BY_A_WORKER.test(incident[0])) continue;
      if (CAMERA_PATTERNS.has(pattern) && CAMERA_OF_THE_GOODS.test(text.slice(incident.index + incident[0].length, incident.index + incident[0].length + 4))) continue;
      if (counts('theft', text, incident.index, incident.index + incident[0].length, sentimentScore)) return incident[0];
    }
  }
  return undefined;
}

/**
 * Fumes in the room followed by symptoms ("甲醛味特别重，住了一晚眼睛流泪嗓子疼"): harm from the stay, where the smell alone is the
 * room's environment, a cough alone may be the guest's own cold ("霉味，我鼻炎犯了"), and a headache from a smell is as often a figure of speech.
 */
const FUMES_HARM = /(?:甲醛|油漆味|霉味|霉菌|消毒水味|杀虫剂|杀虫水)[^。！？!?鼻感]{0,24}?(?:咳嗽|嗓子疼|嗓子痛|喉咙疼|喉咙痛|流泪|呼吸不畅|胸闷)/g;
const FUME_WORDS = ['甲醛', '油漆', '霉', '消毒水', '杀虫'];
/** Gas in the room, then a guest dizzy or sick ("热水器是燃气的 洗完澡人晕乎乎的"): carbon monoxide, where the smell alone is the safety trigger's. */
const GAS_HARM = /(?:燃气|煤气|瓦斯|天然气)[^。！？!?]{0,24}?(?:头晕|头昏|晕乎乎|晕晕乎乎|昏昏沉沉|晕倒|站不住|站不稳|恶心|想吐)/g;

function fumesHarm(text: string, held: WordLists, sentimentScore: number): string | undefined {
  const gas = held.holds(GAS_WORDS);
  if (!gas && !held.holds(FUME_WORDS)) return undefined;
  for (const fumes of [...text.matchAll(FUMES_HARM), ...(gas ? text.matchAll(GAS_HARM) : [])]) {
    const end = fumes.index + fumes[0].length;
    if (counts('health', text, fumes.index, end, sentimentScore)) return fumes[0];
  }
  return undefined;
}

/**
 * A tooth broken on something in the food, with words between ("咬了一口牙就崩了个角", "咯到一颗钢珠，牙齿裂了"): the phrase list names only the
 * joined forms (牙崩, 崩了牙). Nearly broken or not broken at all ("差点把牙崩了", "幸好牙没崩") is none, nor the hotel's toothbrush (牙刷断了).
 */
const TOOTH_BROKEN = /牙(?![刷膏签线缸杯])齿?[^，。！？,.!?差险没不]{0,3}?(?:崩|裂|碎|断|缺了|掉了一块|磕掉)/g;
const TOOTH_FOOD_WINDOW = 30;

function toothBrokenOnFood(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('牙')) return undefined;
  for (const tooth of text.matchAll(TOOTH_BROKEN)) {
    const start = tooth.index;
    if (FOOD_CONTEXT.test(sameSentenceBeforeZh(text, start, TOOTH_FOOD_WINDOW)) && counts('health', text, start, start + tooth[0].length, sentimentScore)) return tooth[0];
  }
  return undefined;
}

/**
 * Bites told by the skin, with words between ("后背和腿上全是一排一排的红包"), where the message blames bed bugs or fleas before or after
 * ("床垫里肯定有臭虫"): the phrase list names only the joined forms (全是红包). Mosquitoes anywhere in the message make them the room's.
 */
const BITTEN_SKIN = /(?:身上|腿上|背上|后背|胳膊|手臂|脖子|脸上|全身|浑身|肚子上|腰上)[^，。！？,.!?]{0,8}?(?:红包|小包|大包|疙瘩|红点|红疹|包)/g;
const BED_BUG_WORDS = ['臭虫', '跳蚤', '床虱', '虱子', '螨'];
const BEDDING = /床单|床垫|被子|被褥|被套|枕头|枕套/;

function bitesFromBedBugs(text: string, held: WordLists, sentimentScore: number): string | undefined {
  // Bugs in the bedding told only as 虫 ("床上有虫 睡了一晚身上全是红点") bite as bed bugs do, and so does bedding blamed for an itch
  // ("手臂上全是一个个小红包 特别痒 床单肯定有问题").
  if (!(held.holds(BED_BUG_WORDS) || (text.includes('虫') && BUGS_IN_BED.test(text)) || (text.includes('痒') && BEDDING.test(text))) || MOSQUITO.test(text)) return undefined;
  for (const bites of text.matchAll(BITTEN_SKIN)) {
    if (counts('health', text, bites.index, bites.index + bites[0].length, sentimentScore)) return bites[0];
  }
  return undefined;
}

/**
 * A fall told bare after the floor was said to be slippery ("浴室地太滑了 也没防滑垫 我妈洗完澡直接摔了", "地砖又滑 我爸一屁股坐地上"): the
 * phrase list names 摔了 only after a shower (洗澡摔了), as 摔了 alone is as often a phone, and 一屁股坐 alone is sitting down tired. A phone
 * or a cup in the clause ("地太滑 手机掉地上摔了") is the goods.
 */
const SLIPPED_AND_FELL = /滑[^。！？!?]{0,24}?(摔了|一屁股[坐摔跌])(?![个一只块])/g;
const CROCKERY = /杯|碗|盘|碟/;
const isDroppedGoods = (words: string): boolean => GOODS.test(words) || CROCKERY.test(words);

function fellOnASlipperyFloor(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('摔了') && !text.includes('一屁股')) return undefined;
  for (const slip of text.matchAll(SLIPPED_AND_FELL)) {
    const end = slip.index + slip[0].length;
    const start = end - slip[1]!.length;
    if (isDroppedGoods(sameClauseBefore(text, start, FALL_WINDOW)) || isDroppedGoods(text.slice(end, end + 2))) continue;
    if (counts('health', text, start, end, sentimentScore)) return slip[1];
  }
  return undefined;
}

/**
 * Something that fell and struck a body ("窗帘杆突然掉下来 正好砸在我老公额头上"): told so, it is never a joke or thanks, so it counts however
 * warmly the sentiment words read the rest (正好, 起了个大包), where the phrase list's bare 砸在 needs a complaint around it.
 */
const STRUCK_BY_A_FALL = /(?:掉下来|掉了下来|砸下来|砸了下来|倒下来|倒了下来|塌下来|塌了下来)[^。！？!?]{0,8}?(?:砸在|砸到|砸中|打在|磕在|落在|掉在)[^，。！？,.!?]{0,6}?(?:额头|头上|头顶|脑袋|脑门|脸上|眼睛|鼻子|肩膀|背上|手上|脚上|腿上|身上)/g;

function struckByAFall(text: string, sentimentScore: number): string | undefined {
  if (!text.includes('下来')) return undefined;
  for (const struck of text.matchAll(STRUCK_BY_A_FALL)) {
    if (counts('health', text, struck.index, struck.index + struck[0].length, sentimentScore)) return struck[0];
  }
  return undefined;
}

/**
 * In a message that reads as praise, a harm phrase is taken as said in passing, unless it is harm no one praises past:
 * a foreign object, a theft or grave harm in a long review, sparks from a fitting, harm told after a turn (但是…), an
 * illness after something eaten or one that treatment relieved (吃了药才好点).
 */
function praiseOutweighs(text: string, trigger: Trigger, phrase: string, start: number, illnessAfterEating: boolean): boolean {
  if (text.length >= LONG_REVIEW && (trigger === 'foreign_object' || trigger === 'theft' || HARM_IN_ANY_REVIEW.has(phrase))) return false;
  if (isSparksFromAFitting(text, phrase, start) || isHarmAfterATurn(text, trigger, phrase, start)) return false;
  return trigger !== 'health' || !(RELIEF.test(text) || illnessAfterEating);
}

/** The word lists of the checks after the phrase list, each read only where the message holds a word of its list. */
const CHECKS_WORDS = new WordLists([
  ...AFTER_EATING_TROUBLE.map(([words]) => words),
  ...PREMISES_FAILING.map(([words]) => words),
  ...PERSONAL_SAFETY.map(([words]) => words),
  SHARP_WORDS,
  GAS_WORDS,
  FUME_WORDS,
  BED_BUG_WORDS,
]);

export function detectUrgency(analysisText: string, sentimentScore: number, history: ClassifierInput['history']): UrgencyResult {
  const held = CHECKS_WORDS.read(analysisText);
  const reasons = new Map<Trigger, string>();
  let foundInFood: string | undefined;
  let illnessFromFood: string | undefined;
  let theftOrIntrusion: string | undefined;
  const hits = triggerPhrases.scan(analysisText);
  for (let h = 0; h < hits; h++) {
    const trigger = triggerPhrases.value(h);
    if (trigger === 'found') {
      if (foundInFood === undefined && counts('foreign_object', analysisText, triggerPhrases.start(h), triggerPhrases.end(h), sentimentScore)) foundInFood = triggerPhrases.phrase(h);
      continue;
    }
    if (trigger === 'none' || reasons.has(trigger)) continue;
    const phrase = triggerPhrases.phrase(h);
    const start = triggerPhrases.start(h);
    const illnessAfterEating = trigger === 'health' && isIllnessAfterEating(analysisText, phrase, start);
    if (sentimentScore >= NOT_A_COMPLAINT && praiseOutweighs(analysisText, trigger, phrase, start, illnessAfterEating)) continue;
    if (!counts(trigger, analysisText, start, triggerPhrases.end(h), sentimentScore)) continue;
    reasons.set(trigger, `${REASONS[trigger]} ("${phrase}")`);
    if (trigger === 'foreign_object') foundInFood = phrase;
    if (trigger === 'theft') theftOrIntrusion = phrase;
    if (trigger === 'health' && isIllnessFromFood(analysisText, phrase, start, illnessAfterEating)) illnessFromFood = phrase;
  }
  if (!reasons.has('health')) {
    const trouble = stomachTroubleAfterEating(analysisText, held, sentimentScore, sentimentScore >= NOT_A_COMPLAINT && analysisText.length < LONG_REVIEW);
    if (trouble !== undefined) {
      reasons.set('health', `${REASONS.health} ("${trouble}")`);
      illnessFromFood ??= trouble;
    }
  }
  if (!reasons.has('health')) {
    const struck = struckByAFall(analysisText, sentimentScore);
    if (struck !== undefined) reasons.set('health', `${REASONS.health} ("${struck}")`);
  }
  if (!reasons.has('health') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const fumes = fumesHarm(analysisText, held, sentimentScore) ?? toothBrokenOnFood(analysisText, sentimentScore) ?? bitesFromBedBugs(analysisText, held, sentimentScore) ?? fellOnASlipperyFloor(analysisText, sentimentScore);
    if (fumes !== undefined) reasons.set('health', `${REASONS.health} ("${fumes}")`);
  }
  if (!reasons.has('safety') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const failing = premisesFailing(analysisText, held, sentimentScore) ?? sharpInBed(analysisText, held);
    if (failing !== undefined) reasons.set('safety', `${REASONS.safety} ("${failing}")`);
  }
  if (!reasons.has('theft') && (sentimentScore < NOT_A_COMPLAINT || analysisText.length >= LONG_REVIEW)) {
    const gone = moneyGone(analysisText, sentimentScore) ?? personalSafetyIncident(analysisText, held, sentimentScore);
    if (gone !== undefined) {
      reasons.set('theft', `${REASONS.theft} ("${gone}")`);
      theftOrIntrusion = gone;
    }
  }
  if (history && history.unresolvedComplaints >= REPEATED_UNRESOLVED && sentimentScore < 0) {
    reasons.set('repeated', repeatedComplaintsReason(history.unresolvedComplaints));
  }
  const result: UrgencyResult = { urgent: false, explanations: [] };
  if (foundInFood !== undefined) {
    result.foundInFood = foundInFood;
    result.namesPremises = PLACE_CONTEXT.test(analysisText);
  }
  if (reasons.size === 0) return result;
  if (illnessFromFood !== undefined) result.illnessFromFood = illnessFromFood;
  if (theftOrIntrusion !== undefined) result.theftOrIntrusion = theftOrIntrusion;
  result.urgent = true;
  if ([...reasons.keys()].some((trigger) => HARM.has(trigger))) result.reportsHarm = true;
  result.urgentReason = [...reasons.values()].join('; ');
  result.explanations.push(`urgent: ${result.urgentReason}`);
  return result;
}
