import type { ComplaintTypeScore } from './complaint-types.ts';
import { BUSINESS, COURIER, STAY } from './couriers.ts';
import { KITCHEN } from './delivery-said-slow.ts';
import { mayName, withNamedType } from './named-type.ts';
import { CLAUSE_OR_SPACE_BREAK } from './sentences.ts';

const TRANSPORT_TYPE = 'delivery';
/** The courier praised or thanked in the clause (骑手很快, 小哥辛苦了, 准时): no fault of the trip there. */
const PRAISED = /快|准时|辛苦|谢谢|感谢|不错|礼貌|热情|(?<![不没])好/;

/**
 * "外卖小哥找不到地方，打了好几个电话", "骑手接了单就不管了", "外賣小哥迷路了半小時": a complaint whose only actor is the courier is delivery (the guide: courier behaviour),
 * but told without the words of a delay the model gave it no type at all. Only when the message
 * is negative, the model found nothing, the courier is named in a clause not praising them, and
 * no one of the business (商家, 客服, 服务员), no kitchen (出餐太磨蹭，骑手等了半天: responsiveness)
 * and no hotel is named.
 */
export function typesForCourierAtFault(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative || types.length > 0 || !mayName(types, TRANSPORT_TYPE, taxonomyTypes) || BUSINESS.test(text) || KITCHEN.test(text) || STAY.test(text)) return types;
  const faulted = text.split(CLAUSE_OR_SPACE_BREAK).find((clause) => COURIER.test(clause) && !PRAISED.test(clause));
  if (faulted === undefined) return types;
  return withNamedType(types, TRANSPORT_TYPE, faulted);
}
