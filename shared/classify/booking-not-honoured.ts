import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { SUPPOSED_OR_ASKED } from './negation.ts';
import { sentenceAround } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

/** Within a clause: the booking and what it held. */
const IN_CLAUSE = '[^，,。！？!?；;\\n]';
/** What the booking held: breakfast (含双早, 含早餐; not 不含早) or a kind of room (大床房, 海景房, 无烟房, 带窗, 高楼层). */
const BOOKED_ITEM = '(?<booked>(?<!不)含(?:双|两份|两个|单)?早|双早|大床|双床|标间|标准间|海景|江景|湖景|无烟|套房|家庭房|行政|房型|带窗|有窗|高层|高楼层)';
/**
 * The booking told: the guest's (订的, 预订了, 订单上) or the booking platform's record of it
 * (携程显示, 美团上写着); a page or an advert alone (宣传写着) is a claim, misleading_promise.
 */
const BOOKING = `(?:订|(?:携程|美团|飞猪|去哪儿|同程|艺龙|平台|app|APP)${IN_CLAUSE}{0,3}?(?:显示|写着|写的|写明|标着|标的))${IN_CLAUSE}{0,8}?${BOOKED_ITEM}`;
/** The breakfast booked then denied or cut: 不含早, 没有早餐, 早餐要另外付钱, 只含单早, 早餐券只给一张. */
const BREAKFAST_DENIED =
  '(?:不含早|不包早|(?<!是|我)说不含(?!税)|没有早餐|没早餐|无早|早餐(?:要|得|需要)?(?:另外|另|单独|自己)(?:付|收|交|加|补|买)|只含(?:单早|一份)|只有(?:单早|一份早餐|一张早餐券)|早餐券?只给了?一|只给了?一张早餐)';
/**
 * Another room than the one booked: 只有双床, 大床房满了, 没有大床了, 只能给标间, 给我们安排了一个
 * 普通双床房, 给了个看不到海的房间, 给了个暗房, 窗外是堵墙.
 */
const ROOM_DENIED =
  '(?:只有(?<only>双床|大床|标间|单人|普通)|没有(?:大床|双床|标间|海景|江景|无烟)|(?:大床|双床|海景|江景|无烟)房?(?:满了|没了|卖完)|只能(?:给|住|换|安排)|(?:给|安排|换)(?:了|成|到)?(?:我们|我)?(?:个|一个|一间)?(?:标间|双床|大床|普通|吸烟|烟房|看不到|没窗|无窗|暗房|低楼层))|窗外(?:就)?是(?:一?堵)?墙';
/**
 * The booked room itself gone (订的房间没了, 订好的房被卖给别人了) or the hotel overbooked (超售, 超卖):
 * the booking not honoured with no kind of room named.
 */
const BOOKED_ROOM_GONE = `订好?的?(?:房间|房)${IN_CLAUSE}{0,4}?(?:没了|没有了|满了|卖了|卖掉|被卖|给了?别人|取消了)|超售|超卖`;
/**
 * The booking told, then on arrival, a clause or two later, no room (网上订好的房，到了前台说没有房间了;
 * 提前一周预订的，到店说满房了): a room change refused because the hotel is full (想换房说满房了) is none.
 */
const NO_ROOM_ON_ARRIVAL = `(?:订好|订了|预订|订的)[^。！？!?]{0,12}?(?:到了|到店|到酒店|到前台|入住时|办入住)[^。！？!?，,换]{0,8}?(?:没房|没有房|没有空房|满房|房满|客满)`;
/** The booking, then within the next few clauses the hotel denying or cutting it. */
/** The room given as another (大床房给成了双床, 房号给错了): the booking not honoured, with or without the booking told. */
const ROOM_GIVEN_WRONG = '(?:大床房?|双床房?|标间|房型|房号|房间号)(?:也|还|竟然|居然)?给(?:成|错)';
const BOOKING_NOT_HONOURED = new RegExp(`${BOOKING}[^。！!]{0,30}?(?:${BREAKFAST_DENIED}|${ROOM_DENIED})|${BOOKED_ROOM_GONE}|${NO_ROOM_ON_ARRIVAL}|${ROOM_GIVEN_WRONG}`, 'i');
/**
 * The mismatch already read as the site's claim (网站显示含早，到了说不含早: misleading_promise) or the
 * booking system failing (订单页面变成了无早: digital_experience): the corpus labels it so, never
 * order_accuracy as well.
 */
const MISMATCH_READ_OTHERWISE = new Set(['misleading_promise', 'digital_experience']);

/**
 * "携程显示含早，到店前台说不含早", "网上订的是含双早，入住时说没有早餐", "订的大床房到了说只有双床",
 * "前台说我们订的房间没了", "酒店超售了":
 * a booking the hotel does not honour is order_accuracy by the guide (订的大床房给了标间; a booking
 * platform's record not honoured, as opposed to its system failing, digital_experience), but the
 * model read nothing into the short ones that name no item missing. Named when a booking of
 * breakfast or a kind of room is told and, within the next few clauses, the hotel is said to deny
 * it or give less, the sentence supposes or asks nothing, and the model has not read the mismatch
 * as a claim or a system's fault.
 */
export function typesForBookingNotHonoured(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes) || types.some((t) => MISMATCH_READ_OTHERWISE.has(t.type))) return types;
  const found = BOOKING_NOT_HONOURED.exec(text);
  if (!found || SUPPOSED_OR_ASKED.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  // 订的双床房，房间只有双床没有沙发: the room booked is the one there.
  const { booked, only } = found.groups ?? {};
  if (only !== undefined && booked?.includes(only)) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
