import { sameClauseBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Harm supposed, feared, nearly met, heard of, or met on another visit or elsewhere: look-alikes that several signals rule out. */

/**
 * "万一过敏了怎么办", "担心吃坏肚子", "否则奇痒", "容易划伤", "以为我中毒了", "即使受伤也毫无怨言", "颜色看着像吃了会中毒": harm feared,
 * supposed, conceded or possible is not harm ("太可怕了" is no fear of it; "不小心靠上去烫伤了" is an accident that happened;
 * "吃出一根头发就算了还吃出一只虫子": 就算了 lets the first fault go, it supposes nothing).
 */
export const HYPOTHETICAL = /万一|如果|要是|假如|感觉[^，。！？]{0,4}会|(?:可能|应该|好像|怕是)会|(?<!可)怕|担心|会不会|以免|(?<!不)小心|否则|不然|以为|估计|容易|即使|即便|哪怕|就算(?!了)|看着像|看起来像|看上去像/;
/** "This could have put me in hospital", "in case anyone gets sick": the English of the same. */
export const HYPOTHETICAL_EN = /\b(?:could|might)(?:\s+have|'ve)\b|\b(?:could|might)\s+(?:\w+\s+)?(?:get|be|end|put)\b|\b(?:in case|what if|afraid|worried|risk of)\b/i;
/** "thought it was a bug. It was a burnt bit of onion", "I thought my wallet had been stolen… it had slipped behind the bed": supposed, then not. */
export const THOUGHT_EN = /\bthought (?:it|there|that|this) (?:was|were|had)\b|\bthought (?:my|our|his|her) \w+ (?:was|were|had)\b/i;
export const HYPOTHETICAL_WINDOW_LATIN = 40;
export const HYPOTHETICAL_WINDOW = 8;

/** "差点滑倒", "手差点被弄出血": a near miss is not harm (a foreign object in the food still is). */
export const NEAR_MISS = /差点|险些|差一点|almost|nearly/;
export const NEAR_MISS_WINDOW = 6;

/**
 * "看到别人评论说吃出虫子", "听说有人吃完拉肚子", "听同事说…", "邻居说吃了会拉肚子", "朋友说他上次吃完拉肚子": another customer's illness or find, heard of or claimed,
 * not this customer's.
 */
export const HEARSAY = /别人|评论说|评价说|听说|据说|网上说|有人说|听[^，。！？,.!?说]{1,4}说|说(?:吃|喝)[了完过]?会|(?:朋友|同事|邻居|室友|同学|网友|闺蜜)说/;
/** Wide enough for whose the harm was between the teller and it ("朋友说她家狗吃了这家的骨头拉肚子"). */
export const HEARSAY_WINDOW = 16;

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
export function isEarlierExperience(text: string, start: number, end: number): boolean {
  const before = sameClauseBefore(text, start, EARLIER_WINDOW);
  return EARLIER.test(before) && (EXPERIENCED_AFTER.test(text.slice(end, end + 2)) || EXPERIENCED_BEFORE.test(before) || THIS_TIME.test(text.slice(end)));
}

/**
 * "晚上在外面吃饭手机被偷了，前台陪我去派出所报了案", "之前在别的店吃饭被坑过 闹到消协才解决": a theft or a dispute somewhere else,
 * told of a hotel or a restaurant that helped or did better, is no incident of this business.
 */
const ELSEWHERE = /在外面|在街上|在地铁|在景区|在机场|在火车站|在别的店|在别家|别的店|别家店|其他店|另一家/;
const ELSEWHERE_WINDOW = 16;

export function happenedElsewhere(text: string, start: number): boolean {
  return ELSEWHERE.test(sameSentenceBeforeZh(text, start, ELSEWHERE_WINDOW));
}

/** "朋友说上次在这住被偷了东西": someone else's earlier stay, told to the customer, is no incident of this one. */
const TOLD_BY_SOMEONE = /说/;

export function isEarlierStayHeardOf(text: string, start: number): boolean {
  const before = sameClauseBefore(text, start, EARLIER_WINDOW);
  return EARLIER.test(before) && TOLD_BY_SOMEONE.test(before);
}
