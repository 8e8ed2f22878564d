import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';
const AFTER_SALES_TYPE = 'after_sales';
/** A refund asked for: 退款申请, 申请退款, 退钱, 退费. */
const REFUND = /退款|退钱|退费/;
/**
 * The business slow at something besides the refund: its phone, taking or cooking the order, a message
 * unanswered (not 机器人回复, 自动回复: a bot answering is the refund's handling, not a silence), a repair or a manager waited for; or a complaint lodged, whose wait the corpus labels
 * responsiveness as often as not.
 */
const OTHER_BUSINESS_WAIT = /电话|接单|备餐|出餐|上菜|做饭|(?<!机器人|自动)回复|回消息|不回|没回|前台|入住|报修|来修|师傅|经理|投诉/;

/**
 * "退款申请三天了没人处理", "申请退款一个礼拜了还没处理，客服就会说亲亲稍等": a refund left waiting is
 * after_sales by the guide (退款不退, 投诉无人处理), and the written corpus labels it so alone, but the
 * model reads the wait (没人处理, 三天) as responsiveness, the business slow to respond. Dropped beside
 * after_sales when every sentence with one of responsiveness's phrases names the refund and no sentence
 * names anything else the business was slow at (打电话没人接, 接单慢, 客服不回复 stay the type's).
 */
export function typesForRefundWaitedOn(types: ComplaintTypeScore[], text: string, slowPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || !types.some((t) => t.type === AFTER_SALES_TYPE) || !REFUND.test(text)) return types;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (OTHER_BUSINESS_WAIT.test(sentence)) return types;
    if (!REFUND.test(sentence) && holdsAnyPhrase(sentence, slowPhrases)) return types;
  }
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

const DELIVERY_TYPE = 'delivery';
/**
 * Anything of the order on its way: the courier, the delivery, the food or the parcel, a wait for it, or it arriving
 * spoilt (外卖一直没到, 等了一个小时, 骑手, 送到都凉了). 货 not in 退货.
 */
const ORDER_ON_ITS_WAY = /送|骑手|配送|小哥|外卖|快递|物流|取餐|出餐|凉|洒|撒|漏|等了|到了|路上|超时|地址|餐|饭|菜|订单|包裹|(?<!退)货|收到|下单/;
/** Something said slow or not come: told before the refund it is the order's (衣服还没到 还不退钱). */
const NOT_COME = /慢|没到|未到/;

/**
 * "退款慢死了，申请了四天还没到": the refund slow to arrive is after_sales by the guide, but the model
 * learnt 慢 and 还没到 from orders late on their way and reads delivery into it. Dropped beside after_sales
 * when a refund is named before anything is said slow or not come, and nothing of the order on its way is named.
 */
export function typesForRefundNotDelivery(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === DELIVERY_TYPE) || !types.some((t) => t.type === AFTER_SALES_TYPE) || !REFUND.test(text)) return types;
  const notCome = NOT_COME.exec(text);
  if (ORDER_ON_ITS_WAY.test(text) || (notCome && notCome.index < text.search(REFUND))) return types;
  return withoutType(types, DELIVERY_TYPE);
}
