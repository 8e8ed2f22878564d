import { isNegated } from '../negation.ts';
import { happenedElsewhere, NEAR_MISS, NEAR_MISS_WINDOW } from './hedges.ts';
import { ACCUSED, ACCUSED_WINDOW, INSURANCE_CLAIM } from './shared-words.ts';
import { sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Escalation: the customer going to the media, a regulator or the police, a lawyer, or demanding compensation in anger, each told apart from its look-alikes. */

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
 * "说是地毯有烟洞要赔偿", "让我要赔偿自己找平台去", "说什么赔我满减券", "快递告诉我们怎么样索赔", "骑手说赔我一杯奶茶",
 * "保洁把我的眼镜踩碎了，说赔我两百" (a clause opening on 说, its speaker the one just named):
 * the business's demand, offer, instructions or brush-off, not the customer's ("我跟客服说要求赔偿" is the customer's).
 */
const THEIR_DEMAND = /说是|说要|说什么|让我|要我|叫我|让我们|要我们|告诉我|教我|(?<![跟对和向])(?:骑手|商家|老板|店家|客服|前台|经理|快递员?)说$|^说$/;
const THEIR_DEMAND_WINDOW = 12;
/** Compensation the business will give or has offered ("平台会赔我", "客服答应赔我一张券"): no demand of the customer's. */
const COMPENSATION_OFFERED = /(?:会|答应|愿意|同意|主动|说好)$/;
/** "我跟客服说要赔偿 客服给了张券 还行吧": a demand met and settled for, told after it, is no angry one. */
const SETTLED_AFTER = /^[^。！？!?]{0,24}?(?:给了|赔了|补了|发了|退了|给我退|给我补|给我赔)[^。！？!?]{0,10}?(?:还行|还可以|也行|行吧|算了|可以接受|也就这样|(?<!不)满意)/;
/** Sentiment at or below this makes a compensation demand an angry one. */
export const ANGRY_SENTIMENT = -0.5;

/**
 * "这价格简直是抢劫，我要报警了哈哈", "建议大家去消协问问这价格合理吗哈哈": a threat laughed off in its sentence is a joke (呵呵 is as often
 * an angry sneer, so it is no laugh here, and "别以为我是开玩笑" says it is meant). The laugh may open the next sentence: "这味道能投诉到消协吗？开玩笑的".
 */
const LAUGHED_OFF = /^[^。！？!?]{0,20}?[。！？!?]{0,2}(?:哈哈|hhh|(?<!不是|没|没有|以为我是|以为我在|不是在)开个?玩笑(?!吧你|呢|吗))/;
const LAUGH_WINDOW = 24;

export function isLegalThreat(text: string, start: number, end: number): boolean {
  return !isNegated(text, start) && !LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW)) && !isLandmark(text, start, end);
}

export function isCompensationDemanded(text: string, start: number, end: number, sentimentScore: number): boolean {
  return (
    sentimentScore <= ANGRY_SENTIMENT &&
    !isNegated(text, start) &&
    !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW)) &&
    !COMPENSATION_OFFERED.test(text.slice(Math.max(0, start - 3), start)) &&
    !ACCUSED.test(sameSentenceBeforeZh(text, start, ACCUSED_WINDOW)) &&
    !SETTLED_AFTER.test(text.slice(end, end + 40))
  );
}

export function isMediaThreat(text: string, start: number, end: number, sentimentScore: number): boolean {
  // "小心我去黑猫投诉哦～开玩笑的": a threat laughed off, as for the regulator.
  if (isMediaNews(text, start, end) || LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW))) return false;
  // "让我们发抖音打卡": the business asking for a post, not the customer threatening one.
  return (sentimentScore < 0 || PRESS_REACHED.test(text.slice(start, end))) && !THEIR_DEMAND.test(sameClauseBefore(text, start, THEIR_DEMAND_WINDOW));
}

export function isRegulatorCalled(text: string, start: number, end: number, sentimentScore: number): boolean {
  if (text.slice(start, end) === '报案' && INSURANCE_CLAIM.test(text)) return false;
  if (NEAR_MISS.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || LAUGHED_OFF.test(text.slice(end, end + LAUGH_WINDOW)) || isLandmark(text, start, end)) return false;
  if (REGULATOR_SPOKEN_OF_AFTER.test(text.slice(end, end + 5)) || REGULATOR_SPOKEN_OF_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (SOMEONE_ELSE_CALLING.test(text.slice(end, end + 6)) || OFFERED_HELP.test(sameClauseBefore(text, start, NEAR_MISS_WINDOW)) || happenedElsewhere(text, start)) return false;
  return !VAGUE_AUTHORITY.test(text.slice(start, end)) || (sentimentScore < 0 && !HANDED_ON.test(text.slice(Math.max(0, start - 4), start)));
}
