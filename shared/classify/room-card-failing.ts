import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const PREMISES_TYPE = 'environment';

/** The room card or the lock it opens failing, a few words after it (房卡老是消磁, 门卡刷了好几次都打不开). */
const CARD_FAILING = /(?:房卡|门卡)[^，。！？；,.!?\s]{0,6}?(?:消磁|失灵|失效|刷不开|打不开|开不了|刷不了|没反应|不好用|坏)/;
/**
 * The card shut out by the booking (系统里只有一晚, 订单只录了一晚) or an app's card (电子房卡):
 * the corpus labels those order_accuracy or digital_experience, not the premises.
 */
const SHUT_OUT_BY_THE_BOOKING = /系统|订单|订的|续住|一晚|app|小程序|电子/i;

/**
 * "房卡老是消磁 来回跑了三次前台", "房卡失灵了两次": a room card or its lock failing is a broken
 * facility, environment by the guide; 12 of the 19 corpus texts saying so are labelled environment,
 * and the 7 others tell of a booking the system lost or an app's card. The model read goods into
 * 失灵 or nothing at all.
 */
export function typesForRoomCardFailing(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = CARD_FAILING.exec(text);
  if (!found || SHUT_OUT_BY_THE_BOOKING.test(text)) return types;
  return withNamedType(types, PREMISES_TYPE, found[0]);
}
