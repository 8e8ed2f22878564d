import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseAfter, clauseBefore, sentenceAround } from './sentences.ts';

const PRICE_TYPE = 'price_billing';
const BOOKING_TYPE = 'order_accuracy';

/**
 * "说浴巾少了一条，张口就要赔一百", "要收清洁费五十", "让我们赔两百": the business demands a sum
 * of the customer, a charge by the guide (price_billing: unexpected fees, deposits). The model
 * reads the checkout quarrel around it as staff and waiting, and missed 3 of the 28 such messages
 * in the corpus's train and dev splits (all 28 labelled with the type). Left out: the customer's own
 * demand (我要赔偿), compensation offered (说赔一百块, 补偿五十) and 要补 for a breakfast the booking
 * included, which the labels read as the booking not honoured (order_accuracy).
 */
const CHARGE_DEMANDED = /(?:(?<!我)要|让我们?|叫我们?)(?:我们?)?(?:赔|赔偿|收)[^，。！？,.!?；;]{0,6}?(?:[0-9０-９]+|[一二三四五六七八九十百千两几]+)(?:块|元|百|千|十)/;

/**
 * A charge the customer did not expect, with no sum told: "行李寄存也要收费", "连停车都要收钱",
 * "换个安静的房间要加钱", "升级还得加钱" (the guide: unexpected fees). The surprise (也, 还, 都, 居然)
 * or the demand (要加钱) tells it from a fee merely stated (早餐另外收费).
 */
const FEE_DEMANDED = /(?:也|还|都|居然|竟然)(?:要|得)(?:另外|额外|单独)?收(?:费|钱)|(?:要|得)(?:我们?|你)?(?:再|另外|额外)?加钱/;
/** The charge only supposed, feared or asked about: 如果要加钱, 是不是也要收费, 以为要加钱. */
const SUPPOSED = /如果|要是|假如|万一|是不是|会不会|以为|担心|怕|听说/;
/** Asked, not told: 也要收费吗, 要加钱么. */
const ASKED = /^(?:吗|么|嘛|不)/;

function feeDemanded(text: string): RegExpExecArray | undefined {
  const found = FEE_DEMANDED.exec(text);
  if (!found) return undefined;
  const end = found.index + found[0].length;
  const before = clauseBefore(text, found.index);
  if (isNegated(before + found[0], before.length) || ASKED.test(clauseAfter(text, end))) return undefined;
  return SUPPOSED.test(sentenceAround(text, found.index, end)) ? undefined : found;
}

/** Adds price_billing when the message says the business demanded a sum or an unexpected fee of the customer, unless the model found it. */
export function typesForChargeDemanded(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  // A booked item withheld until paid for again (订的含双早，另一张要加钱) is the booking not honoured, as the labels read it.
  const found = CHARGE_DEMANDED.exec(text) ?? (types.some((t) => t.type === BOOKING_TYPE) ? undefined : feeDemanded(text));
  if (!found) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}
