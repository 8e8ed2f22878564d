import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

/**
 * Something asked to be left out, then named again as put in: 不要葱还放了葱, 不要香菜还放了香菜, 写了不放香菜，满满一层香菜,
 * 免辣还放辣, 明明选了去冰，还是一杯冰 (免 only of spice, a herb, ice or sugar: 免年费, 免配送费 are charges). The thing (1–3 characters) must come back after a word of it being there all
 * the same (还, 结果, 全是, 满满…); not 不要太好吃…还…太好吃 (不要太 is praise), nor a denial between (还真没放葱).
 */
const LEFT_OUT_BUT_PUT_IN =
  /(?:不要|不放|不加|别放|别加|免(?=[辣葱蒜冰糖]|香菜)|去(?=冰))(?![太再这那等急怕担心客气想说紧错犹豫去买点来吃被让给用以告我你他她它了着过的一])([\u4e00-\u9fff]{1,3}?)[^。！？!?]{0,10}?(还|又|却|结果|照样|依然|仍然|全是|满满|一堆|一层|好多|很多|都是)([^。！？!?]{0,6}?)\1/;
/** A wish for next time or advice (下次不要放葱), not this order. */
const NOT_THIS_ORDER = /下次|下回|希望|建议|最好|可以/;

/**
 * "不要葱还放了葱", "选了不要香菜，结果全是香菜": an ingredient asked to be left out and put in is the order not
 * as asked, order_accuracy by the guide, as 备注不要香菜，还是放了 already reads; said without 备注 or 说了 the
 * model found nothing (or praise: 不要香菜 read as 要).
 */
export function typesForLeftOutButPutIn(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found = LEFT_OUT_BUT_PUT_IN.exec(text);
  if (!found || /[没不无别]/.test(found[3]!) || NOT_THIS_ORDER.test(clauseBefore(text, found.index))) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
