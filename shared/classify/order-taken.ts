import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const SECURITY_TYPE = 'privacy_security';

/** The order or parcel, left where the courier put it. */
const ORDER_LEFT = '(?:外卖|快递|包裹|我的餐|我的饭)';
/** Taken by someone: 被人拿走, 被偷, 被人顺走. */
const TAKEN = /被(?:人|别人)?(?:拿走|拿了|偷走?|顺走)/;
/** Where a courier leaves an order: told, it was taken from there (外卖放门口, 放在外卖柜里), not mixed up at the counter. */
const LEFT_THERE = /放|门口|楼下|外卖柜|外卖架|快递柜|架子|门卫|驿站|地上/;
/** Only nearly, luckily not, or feared: 差点被人拿走, 还好没被人顺走, 怕被偷. */
const NOT_TAKEN = /差点|差一点|险些|还好没|幸好没|好在没|没被|怕|担心|万一|以免|免得|会被|容易被|小心/;
const ORDER_BEFORE_TAKEN = new RegExp(`${ORDER_LEFT}[^。！？!?]{0,20}$`);

/**
 * "外卖放门口被人拿走了", "放在外卖柜里被人拿走了 监控都拍到了": the order taken from where the courier
 * left it is a theft, privacy_security by the guide (and urgent: urgency/theft.ts reads the same
 * sentence), beside the delivery the model finds in leaving it at the door. Named when the message tells
 * where it was left and one sentence the order and, within twenty characters after, that someone took it; a near miss or a fear
 * (差点被人拿走, 还好没被人顺走) is none, and 偷吃 (the courier eating from it) is left to the model.
 */
export function typesForOrderTaken(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, SECURITY_TYPE, taxonomyTypes)) return types;
  const taken = orderTaken(text);
  return taken === undefined ? types : withNamedType(types, SECURITY_TYPE, taken);
}

/** The words of the order taken (被人拿走), or undefined. */
export function orderTaken(text: string): string | undefined {
  if (!LEFT_THERE.test(text)) return undefined;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const taken = TAKEN.exec(sentence);
    if (!taken || sentence.slice(taken.index, taken.index + 4).includes('偷吃')) continue;
    const before = sentence.slice(0, taken.index);
    if (ORDER_BEFORE_TAKEN.test(before) && !NOT_TAKEN.test(before.slice(-8))) return taken[0];
  }
  return undefined;
}
