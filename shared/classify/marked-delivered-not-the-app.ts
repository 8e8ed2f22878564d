import type { ComplaintTypeScore } from './complaint-types.ts';
import { MARKED_DELIVERED } from './marked-delivered.ts';
import { withoutType } from './named-type.ts';

const APP_TYPE = 'digital_experience';
/** The app or its system named, or failing in its own way: app显示已送达, 系统, 闪退, 下单失败, 小程序. */
const APP_NAMED = /app|软件|系统|閃退|闪退|小程序|bug|下单失败|付款失败|支付失败|页面|頁面|卡住|卡死/i;

/**
 * "订单显示已送达，我根本没收到，打骑手电话关机": the marking is the rider's (a courier going
 * wrong is delivery by the guide), and the order page only shows it; the model reads 显示 as the
 * app misbehaving. The corpus's labellers give digital_experience to such a marking only where the
 * app is named ("app显示已送达…", 3 of 3) and never where the order or platform shows it (订单显示,
 * 平台显示: 0 of 23 in train and dev). So the type is dropped when no app or system is named.
 */
export function typesForMarkedDeliveredNotTheApp(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === APP_TYPE) || !MARKED_DELIVERED.test(text) || APP_NAMED.test(text)) return types;
  return withoutType(types, APP_TYPE);
}
