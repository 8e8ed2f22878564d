import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
/**
 * The order come before its time: 还没到预计时间就送到了, 没到约定时间就到了, 预计时间还没到就送来了,
 * 还没到饭点就送到了. 还没到 otherwise opens a wait (等了一个小时还没到), hence the 就 and the arrival.
 */
const ARRIVED_EARLY = /(?:还没到|没到|不到)[^，,。！？!?\s]{0,8}(?:时间|点)(?:就|便)(?:已经)?送?(?:到|来|达)|时间(?:还|都)?没到(?:就|便)(?:已经)?送?(?:到|来|达)/;
/** Anything else that could fault the trip (显示送达了 人根本没来, 早是早 但汤洒了). */
const TRIP_FAULT = /慢|久|凉|冷|洒|撒|漏|迟|晚|超时|错|没来|没到|没送|没收到|找不到|态度|骑手说|但|可是|不过|就是/;

/**
 * "还没到预计时间就送到了 很惊喜": an order come early is praise of the trip, but the model, which learnt
 * 还没到 from waits (一个小时了还没到), gave delivery. Dropped when the message is not negative, says the
 * order came before its time, and nothing else in it could fault the trip.
 */
export function typesForArrivedEarly(types: ComplaintTypeScore[], text: string, negative: boolean): ComplaintTypeScore[] {
  if (negative || !types.some((t) => t.type === TRANSPORT_TYPE)) return types;
  const early = ARRIVED_EARLY.exec(text);
  if (!early || TRIP_FAULT.test(text.slice(0, early.index) + text.slice(early.index + early[0].length))) return types;
  return withoutType(types, TRANSPORT_TYPE);
}
