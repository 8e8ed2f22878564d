import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutPriceForGoodNews } from './deposit-late.ts';

/**
 * A charge the business let go: 差价不用补了, 没让我补差价, 免了一晚的房费, 没收一分钱, 寄回来还没收运费, 钱也不要了.
 * Not 要不要交 (a question), nor 没收到 (not received).
 */
const CHARGE_WAIVED =
  /(?:差价|钱|费用?)(?:也|都|就)?(?:不用|(?<!要)不要|没让我?|没要|给?我?免了|不收)再?(?:补|付|交|给|出)?了?|(?<!要)(?:没让|不用|不要|没要)我?再?(?:补|付|交)(?:差价|钱|费用?)?|免(?:了|掉了?)[^，,。！!？?\n]{0,5}(?:费用?|钱)|没收(?!到)我?[^，,。！!？?到\n]{0,5}(?:钱|费用?)/g;

/**
 * "商家主动按大份做，还说差价不用补了", "前台帮我改了日期，没收手续费": a charge waived is the business's good
 * grace, but 差价, 房费 and 收 weigh on price_billing in the model (差价 mostly closes a complaint in the corpus: 差价也不退).
 * Over the corpus's 60-odd messages that waive a charge, the few labelled price_billing tell another money fault
 * (扣了两次房费, 每个月账单里多了20块). Dropped when nothing else in the message is about money.
 */
export function typesWithoutChargeWaived(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  return withoutPriceForGoodNews(types, text, CHARGE_WAIVED);
}
