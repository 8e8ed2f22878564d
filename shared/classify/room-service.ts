import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { LONG_WAIT, QUICK } from './request-waited-on.ts';
import { SENTENCE_BREAK } from './sentences.ts';

const TRANSPORT_TYPE = 'delivery';
const BUSINESS_SLOW_TYPE = 'responsiveness';
const FOOD_TYPE = 'product_quality';

/**
 * A hotel's own room service: 客房送餐, 送餐服务, 客房服务, room service, a meal ordered from the room
 * (在房间点的餐, 房间里叫的夜宵), 叫了份送餐, 叫了酒店的送餐.
 */
const ROOM_SERVICE =
  /客房送餐|送餐服务|客房服务|room ?service|(?:房间|客房)[里内]?(?:点|叫)(?:了|的)?[^，,。！？!?；;\n]{0,6}?(?:餐|饭|面|粥|夜宵|宵夜|吃的)|(?:叫|点)(?:了|的)?[^，,。！？!?；;\n]{0,4}?送餐|(?:酒店|宾馆|民宿)的?送餐/i;
/** A stay: without one, 点的饭送餐员送了一个小时 is a takeaway's courier. */
const STAY = /酒店|宾馆|民宿|客栈|客房|房间|前台|入住|room ?service/i;
/** A carrier from outside: a takeaway ordered to the hotel is a delivery (在酒店点的外卖，骑手送了一个小时). */
const TRANSPORT = /外卖|骑手|快递|美团|饿了么|跑腿|闪送|配送员|外卖员|小哥/;
/** The food spoilt by the wait: 送来都凉了, 面都坨了, 汤是温的; not 凉快 (the room) nor a cold dish (凉菜, 凉面). */
const COOLED = /凉(?![快爽席拌菜皮面])|坨|不热|温的|温吞|不烫/;

/** Where a stay's message orders room service and names no outside carrier: the rest of that sentence, else undefined. */
function roomServiceSentence(text: string): string | undefined {
  const found = ROOM_SERVICE.exec(text);
  if (!found || TRANSPORT.test(text) || !STAY.test(text)) return undefined;
  const rest = text.slice(found.index);
  const end = rest.search(SENTENCE_BREAK);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * "叫了客房服务，送餐等了快一个小时，饭都凉了", "叫了room service，等了一个多小时": delivery is the
 * trip of an order to the customer (the guide: slow delivery is delivery, slow handling by the
 * business is responsiveness); a hotel's own kitchen and staff bringing a meal up are the house,
 * and none of the corpus's room-service reviews is labelled delivery. The model read delivery into
 * 送餐, 等了一个小时 and 凉. Dropped when a stay's room service is ordered and no outside carrier is named.
 */
export function typesForRoomServiceNotDelivery(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === TRANSPORT_TYPE) || roomServiceSentence(text) === undefined) return types;
  return withoutType(types, TRANSPORT_TYPE);
}

/**
 * "在房间点的餐送了一个多小时才到", "房间里叫的餐半天没送来": room service slow to come is the hotel's
 * slow response (responsiveness, as the corpus labels every such review), but with no 叫个…送 of a
 * request the model read nothing, or order_accuracy, into them. Named when, after the ordering in
 * its sentence, a long wait is told and no quickness.
 */
export function typesForRoomServiceWaited(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, BUSINESS_SLOW_TYPE, taxonomyTypes)) return types;
  const sentence = roomServiceSentence(text);
  if (sentence === undefined || !LONG_WAIT.test(sentence) || QUICK.test(sentence)) return types;
  return withNamedType(types, BUSINESS_SLOW_TYPE, sentence);
}

/**
 * "叫了客房送餐，等了一个钟头才送上来，面都坨成一团了": with no trip to blame, a meal cold or soggy
 * when room service brings it is the hotel's food (product_quality, as the corpus labels the
 * room-service reviews saying so), not delivery. Named when the ordering's sentence says so.
 */
export function typesForRoomServiceFoodCooled(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const sentence = roomServiceSentence(text);
  const cooled = sentence === undefined ? null : COOLED.exec(sentence);
  return cooled ? withNamedType(types, FOOD_TYPE, sentence!) : types;
}
