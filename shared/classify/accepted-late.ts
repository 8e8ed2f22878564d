import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const BUSINESS_SLOW_TYPE = 'responsiveness';
/** The order only accepted or begun late, in its clause: 商家快十二点才接单, 十二点半才开始做, 12:40商家才接单. */
const ACCEPTED_LATE = /[^，,。！？!?；;\s]{0,12}才(?:接单|出餐|开始做)/;
/** The rider's acceptance is the trip's (骑手两点才接单): delivery's, not the shop's. */
const RIDER = /骑手|小哥|配送员|送餐员|外卖员/;

/**
 * "中午12点下单，商家1点才接单", "十一点下单 十二点半才开始做": a shop slow to accept or start the order is the
 * business slow to respond by the guide (merchant slow to accept the order: responsiveness); told by the clock, the
 * model read only numbers. In the corpus and measuring sets 7 of the 8 messages with 才接单/才出餐/才开始做 carry it;
 * the eighth is a rider's.
 */
export function typesForAcceptedLate(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const found = ACCEPTED_LATE.exec(text);
  if (!found || RIDER.test(found[0])) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, found[0]);
}
