import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
/** A wait of an hour or more told bare: 等了两个多小时, 等了快一个钟头, 等了足足1个半小时. */
const WAITED_HOURS = /等了(?:整整|足足|将近|快|近|差不多|大概|起码)?[0-9一二两三四五六七八九十半]+个?半?多?(?:小时|钟头)/;
/** The trip itself said slow: 送餐越来越慢了, 配送太慢了, 骑手送得好慢. */
const TRIP_SAID_SLOW = /(?:送餐|配送|送货|送得|送的|骑手)[^，,。！？!?；;\s]{0,6}?慢/;
/** The order a takeaway on its way: 外卖, the rider, or the food sent (送到, 送来). */
const TAKEAWAY = /外卖|骑手|配送|送餐|送到|送来|送过来|送达/;
/**
 * Whoever could own the wait besides the trip: the shop or its kitchen (商家, 店, 老板, 出餐, 接单,
 * 备餐), staff at a table or a desk (服务员, 上菜, 前台, 房), its customer service, or a 补送 (a missing
 * item's remedy, the shop's).
 */
export const BUSINESS_NAMED = /商家|店|老板|出餐|接单|备餐|做好|在做|后厨|厨房|服务员|上菜|客服|前台|房|入住|排队|等位|补/;

/**
 * "点个外卖等了两个多小时，中午的饭晚上才吃上", "送餐越来越慢了": a takeaway's long wait or its trip said slow with nobody named is slow
 * delivery by the guide (等了两个小时 is its signal), but the model, reading 等了, added
 * responsiveness, which is the business's own slowness. Dropped when the model gave both and the
 * message names neither the shop nor anyone at a counter; with the kitchen named (商家一直没出餐)
 * the wait is the shop's, and slow-preparation decides.
 */
export function typesForTakeawayWaitBare(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === TRANSPORT_TYPE) || !types.some((t) => t.type === BUSINESS_SLOW_TYPE)) return types;
  if (!(WAITED_HOURS.test(text) || TRIP_SAID_SLOW.test(text)) || !TAKEAWAY.test(text) || BUSINESS_NAMED.test(text)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}
