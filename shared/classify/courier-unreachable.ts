import type { ComplaintTypeScore } from './complaint-types.ts';
import { COURIER_LOST } from './courier-lost.ts';
import { BUSINESS, COURIER, STAY } from './couriers.ts';
import { KITCHEN } from './delivery-said-slow.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';

/** The courier out of reach: 骑手电话打不通, 骑手联系不上, 联系不上骑手, 打骑手电话关机 (not 骑手打不通我的电话: the customer's). */
const COURIER_UNREACHABLE = new RegExp(
  `(?:${COURIER.source})(?:的)?(?:电话)?[^，,。！？!?；;\\n我]{0,6}?(?:打不通|联系不上|联系不到|找不到人|关机|无人接听)(?![我你])` +
    `|(?:联系不上|联系不到|打不通)(?:${COURIER.source})`,
);

/**
 * "骑手电话打不通", "骑手联系不上": the courier out of reach is the delivery's (the guide: courier behaviour), as
 * the corpus labels a rider's phone unanswered; the taxonomy's 打不通 and 联系不上 are phrases of
 * responsiveness (the business's own phone), so the model gave that type alone. Not in a hotel (room service).
 */
export function typesForCourierUnreachable(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || STAY.test(text)) return types;
  const found = COURIER_UNREACHABLE.exec(text);
  return found ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
}

/**
 * The courier out of reach or lost (骑手找不到路 打了三个电话), and no one of the business, no kitchen and no hotel named
 * besides: the calls were the courier's, no responsiveness.
 */
export function typesForCourierUnreachableNotTheBusiness(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === BUSINESS_SLOW_TYPE) || BUSINESS.test(text) || KITCHEN.test(text) || STAY.test(text)) return types;
  if (!COURIER_UNREACHABLE.test(text) && !COURIER_LOST.test(text)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}
