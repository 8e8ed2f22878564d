import { isNegated } from '../negation.ts';
import { orderTaken } from '../order-taken.ts';
import { isClauseBreak } from '../zh-clauses.ts';
import { happenedElsewhere, HYPOTHETICAL, HYPOTHETICAL_WINDOW, HYPOTHETICAL_WINDOW_LATIN, isEarlierStayHeardOf, NEAR_MISS, NEAR_MISS_WINDOW, THOUGHT_EN } from './hedges.ts';
import { FRAUD_ON_ACCOUNT_SET, IDENTITY_USED_SET } from './phrases/fraud.ts';
import { BELONGING_RIGHT_BEFORE, BELONGINGS_BEFORE, BELONGINGS_GONE_SET, GONE_AT_CLAUSE_END, GONE_ON_RETURN, GONE_RIGHT_AFTER, TAKEN_BY_SOMEONE } from './phrases/theft.ts';
import { LOSS_WINDOW, WORKER } from './shared-words.ts';
import { LATIN, sameClauseBefore, sameSentenceBefore, sameSentenceBeforeZh } from './text-windows.ts';

/** Theft, fraud and intrusion: whether a phrase found in the message tells one that befell the customer at the business. */

const INTO_A_PLACE = /[房屋门家店室舍间院车]/;
const ANIMAL = /蟑螂|猫|狗|老鼠|虫|蚊|壁虎|鸟|蛇/;

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

/** A parcel lost on its way ("快递寄丢了，东西不见了"): the delivery's loss, not a theft from the customer. */
const PARCEL_IN_TRANSIT = /快递|包裹|物流|寄丢|寄的|运单|单号|托运|运输中|保价|申报价值/;
const LOST_ITEMS: ReadonlySet<string> = new Set(['东西丢了', '丢了东西', '东西不见了', '行李不见了']);

export function isTheftOrIntrusion(text: string, start: number, end: number, sentimentScore: number): boolean {
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
}
