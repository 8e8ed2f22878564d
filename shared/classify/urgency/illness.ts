import { AFTER_EATING_SET, AFTER_EATING_WINDOW, TIMES_OVER_SET } from './phrases/food-harm.ts';
import { COLD_CAUGHT } from './phrases/health.ts';
import { CAUSED_BY_FOOD_SET, EATING, EATING_WORDS, FOOD_CONTEXT } from './shared-words.ts';
import { sameSentenceBeforeZh } from './text-windows.ts';

/** Illness: whether the food caused it, and the illness the customer writes about for another reason (a relative in hospital, a cold). */

/** The dish as the cause, before the harm ("这家的卤味让我一晚上往返厕所七八次", "他家的鱼害得我…"). */
const DISH_BLAMED_BEFORE = '(?:[菜饭粉汤粥饺肉鱼虾鸡鸭蛋奶茶餐串堡酱]|卤味|外卖)(?:让|害得?|搞得|弄得)我';
/**
 * The dish named by its order, not its eating ("点了小龙虾，半夜开始蹿", "昨天中午点的冒菜，下午肚子开始疼"): an order before the harm points
 * at the food as 吃 does; hunger while the order is awaited is checked as for the listed phrases (isHungerOrSpice).
 */
export const EATEN_OR_ORDERED = new RegExp(`${EATING_WORDS}|点的|点了|叫的|外卖|${DISH_BLAMED_BEFORE}`);

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
export function isIllnessNotFromTheBusiness(text: string, start: number, end: number): boolean {
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

export function isConditionAlreadyBorne(text: string, end: number): boolean {
  const after = text.slice(end, end + 10);
  return ILL_ONE_AFTER.test(after) || INJURY_BORNE_AFTER.test(after);
}

/**
 * The dish blamed after the harm ("一家三口轮流上厕所，估计是那盘凉拌菜", "跑厕所跑了一晚，就是这家的凉面"), or named as the only thing
 * eaten ("拉了5次，就吃了他家的凉面"): it names what was eaten as 吃 before the harm does.
 */
const BLAMED_AFTER = /^[^。！？!?]{0,12}?(?:就是|估计是|肯定是|应该是|八成是|罪魁祸首|都怪|全怪|就吃了|只吃了|就只吃了|只吃过|就吃过)/;
const BLAMED_DISH_WINDOW = 10;
/** "肯定是这家的毛肚": what the business served, whatever the dish, is blamed for the stomach. */
const THE_BUSINESS_S = /^(?:这家|他家|那家|他们家|这个店|这店|店里)的/;

export function isDishBlamedAfter(text: string, end: number): boolean {
  const blame = BLAMED_AFTER.exec(text.slice(end, end + 24));
  if (blame === null) return false;
  const from = end + blame[0].length;
  return FOOD_CONTEXT.test(text.slice(from, from + BLAMED_DISH_WINDOW)) || THE_BUSINESS_S.test(text.slice(from, from + BLAMED_DISH_WINDOW));
}

/** Stomach trouble, which follows what was eaten; an allergy or a rash points at the order or the room as often. */
const DIGESTIVE = /肚|胃|吐|拉|泻|中毒/;
const ATE_WINDOW = 10;

/** `afterEating`: isIllnessAfterEating's answer for this phrase, which the praise gate asks too. */
export function isIllnessFromFood(text: string, phrase: string, start: number, afterEating: boolean): boolean {
  if (CAUSED_BY_FOOD_SET.has(phrase)) return true;
  if (ILLNESS.has(phrase)) return afterEating;
  return DIGESTIVE.test(phrase) && EATING.test(text.slice(Math.max(0, start - ATE_WINDOW), start));
}

/** Something eaten or drunk to the end ("吃了他家小龙虾", "喝完"), not wanted or being eaten (想吃, 吃着正好). */
const EATEN_BEFORE_ILLNESS = /[吃喝](?:了|完|过)|食[完咗了过后]/;
/** An illness the order was for: wished well, appetite lost, a sickbed kept (早日康复, 没胃口, 陪床). */
const ILL_ONE_FED = /康复|没胃口|陪床|病号饭|想吃点清淡/;

/**
 * "宝宝喝了他家的果汁，拉了一天水样便", "一家三口轮流上厕所，估计是那盘凉拌菜": illness told after what was eaten reads mild to the sentiment
 * words (宝宝, 果汁), but no one thanks a business for it, so praise does not outweigh it even in a short message.
 */
export function isIllnessAfterEating(text: string, phrase: string, start: number): boolean {
  // Falling ill (生病, 发烧, 住院) after something eaten in the same sentence: "吃了他家小龙虾，今天就生病了" read as praise of the crayfish.
  // Not an illness the order was for (孩子发烧没胃口…祝早日康复, 住院这半个月基本都是他家).
  if (ILLNESS.has(phrase)) return EATEN_BEFORE_ILLNESS.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) && !ILL_ONE_FED.test(text);
  if (!CAUSED_BY_FOOD_SET.has(phrase) && !AFTER_EATING_SET.has(phrase) && !TIMES_OVER_SET.has(phrase)) return false;
  return isEatenOrBlamed(text, start, start + phrase.length);
}

export function isEatenOrBlamed(text: string, start: number, end: number): boolean {
  return EATEN_OR_ORDERED.test(sameSentenceBeforeZh(text, start, AFTER_EATING_WINDOW)) || isDishBlamedAfter(text, end);
}
