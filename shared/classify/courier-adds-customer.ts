import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PRIVACY_TYPE = 'privacy_security';

/**
 * The courier adding the customer as a contact (骑手送完餐加我微信, 外卖员一直加我微信, 小哥加了我的微信): the order's
 * phone number used for the courier's own ends, the guide's personal-data misuse and harassment (privacy_security),
 * as the corpus labels every such review; the model gave the delivery alone to some. The courier named first, the
 * shop (老板加我微信) left out.
 */
const COURIER_ADDS = /(?:骑手|小哥|外卖员|送餐员|配送员|送外卖的)[^。！？!?；;\n]{0,16}?加(?:了)?我(?:的)?(?:微信|好友|QQ|qq|vx|VX)/;

/** Adds privacy_security when a negative message says the courier added the customer as a contact, unless the model found it. */
export function typesForCourierAddsCustomer(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative || !mayName(types, PRIVACY_TYPE, taxonomyTypes)) return types;
  const found = COURIER_ADDS.exec(text);
  return found ? withNamedType(types, PRIVACY_TYPE, found[0]) : types;
}
