import type { ComplaintTypeScore } from './complaint-types.ts';
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
  return types.filter((t) => t.type !== BUSINESS_SLOW_TYPE);
}
