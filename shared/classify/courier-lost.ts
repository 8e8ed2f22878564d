import type { ComplaintTypeScore } from './complaint-types.ts';
import { COURIER, STAY } from './couriers.ts';
import { mayName, withNamedType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
/** The courier (or 小哥 alone, as takeaway reviews call him) unable to find the customer: 送餐员找不到我们小区, 小哥找不到路. */
export const COURIER_LOST = new RegExp(`(?:${COURIER.source}|小哥)[^，,。！？!?；;\\n]{0,4}?(?:找不到|找不着|没找到|不认识)(?:我们?的?|我家的?)?(?:地方|路|小区|楼|门|地址|位置|单元|宿舍|公司)`);

/**
 * "味道挺好，就是送餐员找不到我们小区，绕了好大一圈", "送餐的找不到地方 打了五六个电话": the courier lost on
 * the way is the delivery's (the guide: getting the order to the customer), but with no time or fault
 * word the model named nothing, or the calls' responsiveness. Not in a hotel (room service).
 */
export function typesForCourierLost(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || STAY.test(text)) return types;
  const found = COURIER_LOST.exec(text);
  return found ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
}
