import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { firstOccurrence } from './occurrence.ts';

const TRANSPORT_TYPE = 'delivery';

/** Broken, cracked or smashed (碎成渣, 摔坏了, 破损, 裂了个大口子, 磕坏了, 轮子掉了), or lost (把我的件弄丢了, 丢件). Not 碎片 or 碎花 (a pattern), nor 零碎. */
const BROKEN = /(?<!零|细)碎(?:了|成|掉|得)|摔(?:坏|碎|裂|烂|变形|掉)|破损|裂(?:了|开)|磕(?:坏|破了|掉了)|轮子(?:掉了|断了|坏了)|(?:弄|搞|给)丢了?|丢件|丢失了/g;
/** Carried by a carrier: a parcel, a courier, luggage checked in. */
const CARRIED = /快递|物流|包裹|寄(?:的|来|过来|到)|运输|托运|航司|航空|地服|机场|驿站|顺丰|中通|圆通|申通|韵达|极兔|邮政|EMS|ems|收件|外箱|快递箱/;
/** Denied, feared, supposed or nearly, just before it (没碎, 一点没有破损, 怕摔坏, 说有破损可以找他, 差点摔碎), or broken by the customer (我自己摔坏的). */
const DENIED_OR_FEARED = /(?:没有?|不|未|别|不会|防止|以免|避免|怕|担心|差点|差一点|险些|自己)(?:都|也|会|被|一点|任何)?$|(?:说|如果?|若|万一)有$/;
/** A hotel keeping or moving the guest's luggage: the stay's, not a carrier's. */
const STAY = /酒店|宾馆|民宿|前台|寄存|房间|入住/;

/**
 * "寄的陶瓷杯子到了碎成渣了", "行李箱到了轮子掉了一个，侧面裂了个大口子", "驿站把我的件弄丢了": goods broken or lost on a
 * carrier's way are the trip's fault, delivery by the guide (getting the order to the customer), as food spilt on the way is; the
 * model knew 破损 weakly and read 碎成渣 as nothing it was taught. A carrier named in the sentence, no hotel keeping the luggage; the model keeps
 * whatever it read of the goods themselves.
 */
export function typesForBrokenInTransit(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || STAY.test(text)) return types;
  const found = firstOccurrence(text, BROKEN, ({ before, sentence }) => !DENIED_OR_FEARED.test(before) && !SUPPOSED.test(before) && CARRIED.test(sentence));
  return found ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
}
