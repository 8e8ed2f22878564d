import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
/** The time the order took to come, told with 才 (一个小时才送来, 四十分钟后才送到, 一个半小时才到, 等了半小时才来, 一个钟头才收到). */
const TOOK_LONG = /[0-9一二两三四五六七八九十半]+个?半?多?(?:小时|钟头|分钟)(?:后|之后|以后)?[^，,。！？]{0,3}才(?:送(?:来|到|过来|达)|到|收到|拿到|(来))/;
/** 才来 is the order's only with the trip named: a dish served at a table also comes (点的菜四十分钟才来). */
const TRIP = /外卖|骑手|小哥|配送|送餐|外送/;
/** An order delivered: the app, the courier, or a promise to send it (说马上送, 说好半小时送达). */
const ORDER = /外卖|骑手|小哥|配送|送餐|下单|订单|点了|点的|商家|美团|饿了么|说[^，,。！？]{0,4}送/;
/** A hotel's own room service (叫了两次送毛巾, 要加一床被子), whose slowness is responsiveness. */
const STAY = /客房|酒店|宾馆|民宿|入住|前台|房间|毛巾|被子|牙刷|枕头|拖鞋|加床/;

/**
 * "说马上就送到，结果一个小时才送来", "说好半小时送达，一个小时后才送来": an order that took an hour
 * to come is slow delivery by the guide, but with a promise before it the model read the
 * promise's words (说, 马上) as order_accuracy or responsiveness and gave no delivery. The order
 * must be named, so a coach that took an hour to reach a farm stay is none.
 */
export function typesForDeliveryTookLong(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || !ORDER.test(text) || STAY.test(text)) return types;
  const found = TOOK_LONG.exec(text);
  if (!found || (found[1] !== undefined && !TRIP.test(text))) return types;
  return withNamedType(types, TRANSPORT_TYPE, found[0]);
}
