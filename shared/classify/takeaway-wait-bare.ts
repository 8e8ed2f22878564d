import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
/** Half an hour or more, as a takeaway's customer tells the wait with nothing else: 一个半小时 服了, 等了两个小时 饿死了, 一小时才到, 等了快两个钟, 等了足足1个半小时. */
const HOURS = '(?:整整|足足|将近|快|近|差不多|大概|起码|都)?(?:[0-9]+|[一二两三四五六七八九十半]+)(?:个?半?多?(?:小时|钟头)|个半?多?钟(?!头))';
const HOURS_TOLD_BARE = new RegExp(`^${HOURS}|等了${HOURS}|${HOURS}了?(?:才到|才送到|才送来|还没到|还没送)`);
/** The trip itself said slow: 送餐越来越慢了, 配送太慢了, 骑手送得好慢. */
const TRIP_SAID_SLOW = /(?:送餐|配送|送货|送得|送的|骑手)[^，,。！？!?；;\s]{0,6}?慢/;
/** The order a takeaway on its way: 外卖, the rider, or the food sent or come (送到, 送来, 送得慢, 一个小时才到). */
const TAKEAWAY = /外卖|骑手|配送|送餐|送到|送来|送过来|送达|送得|送的|才到|到手/;
/**
 * Whoever could own the wait besides the trip: the shop or its kitchen (商家, 店, 老板, 出餐, 接单,
 * 备餐), staff at a table or a desk (服务员, 上菜, 前台, 房), its customer service, or a 补送 (a missing
 * item's remedy, the shop's).
 */
export const BUSINESS_NAMED = /商家|店|老板|出餐|接单|备餐|做好|在做|后厨|厨房|服务员|上菜|客服|前台|房|入住|排队|等位|补/;

/**
 * "点个外卖等了两个多小时，中午的饭晚上才吃上", "送餐越来越慢了", "太慢了 一个半小时才到": a takeaway's long wait or its trip said slow with nobody named is slow
 * delivery by the guide (等了两个小时 is its signal), but the model, reading 等了, added
 * responsiveness, which is the business's own slowness. Dropped when the model gave both and the
 * message names neither the shop nor anyone at a counter; with the kitchen named (商家一直没出餐)
 * the wait is the shop's, and slow-preparation decides.
 */
export function typesForTakeawayWaitBare(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === TRANSPORT_TYPE) || !types.some((t) => t.type === BUSINESS_SLOW_TYPE)) return types;
  if (!(HOURS_TOLD_BARE.test(text) || TRIP_SAID_SLOW.test(text)) || !TAKEAWAY.test(text) || BUSINESS_NAMED.test(text)) return types;
  return withoutType(types, BUSINESS_SLOW_TYPE);
}

/** Where else such an hour goes: a meal eaten in (吃上, 端上来), a ride, a ticket queue, a repair, a booking, a phone charging. */
const NOT_A_TAKEAWAYS_WAIT = /吃上|端|上来|坐|车|充|值得|号|修|保养|预约|医|银行|柜台|窗口|航班|飞机|机场|办理|退款/;

/**
 * "一个半小时 服了", "等了两个小时 饿死了", "一小时才到 小龙虾少了一盒": an hour or more told bare is how a takeaway's
 * customer says the order came late (the guide's signal 等了两个小时 is delivery), but with no 送 or 骑手 the model
 * found no type. Named when the message names no shop, counter, desk or other place the hour could be spent, and the
 * model saw no slowness of the business's own.
 */
export function typesForHoursWaitedBare(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || types.some((t) => t.type === BUSINESS_SLOW_TYPE)) return types;
  const found = HOURS_TOLD_BARE.exec(text);
  if (!found || BUSINESS_NAMED.test(text) || NOT_A_TAKEAWAYS_WAIT.test(text)) return types;
  return withNamedType(types, TRANSPORT_TYPE, found[0]);
}
