import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';
import { EAT_IN_WISHED } from './worse-than-dine-in.ts';

const FOOD_TYPE = 'product_quality';
const TRANSPORT_TYPE = 'delivery';
/** A meal eaten at the premises: the dishes brought to the table, a wait for a table, the staff, a room there, the restaurant named, or a bill per head (人均). */
const DINING_IN = /上菜|补菜|上来|上桌|上齐|等位|排队|堂食|店里|店内|服务员|包间|入座|落座|餐厅|酒楼|饭店|馆|人均/;
/** Any word of a takeaway, a parcel or a trip, which leaves the food's temperature and the wait possibly the courier's. */
const TAKEAWAY = /外卖|外送|送|骑手|配送|快递|到手|跑腿|打包|美团|饿了么|发货|物流|到货|收到|邮|寄|货/;

/**
 * "自助火锅…就是高峰期补菜很慢，等了二十分钟", "牛排上来的时候已经凉了": at the table no trip was made, so by
 * the guide a wait is the house's (responsiveness) and a dish gone cold the food's (product_quality), never
 * delivery; the model, which learnt 很慢, 等了 and 凉了 from takeaways, gave delivery to some. Dropped when
 * the message names eating in and no word of a takeaway or a trip, nor wishes it had eaten in (还不如去店里吃). No train or dev review of the corpus
 * changes: they name a takeaway wherever delivery is labelled.
 */
export function typesForNoTripAtTable(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === TRANSPORT_TYPE) || !DINING_IN.test(text) || TAKEAWAY.test(text) || EAT_IN_WISHED.test(text)) return types;
  return withoutType(types, TRANSPORT_TYPE);
}

/**
 * A dish brought to the table off its temperature: 端上来已经凉了, 上桌就是温的 (only words of how much or
 * how soon between, so 上来一会儿就凉了 under the air-conditioning is none), or a hot dish said cold (例汤基本是
 * 温的, 小炒都是凉的, 汤有点凉了), not a dish served cold (凉菜, 凉面, 冷面).
 */
const SERVED_COLD =
  /(?:上来|上桌|端来|端过来)(?:的时候|时)?(?:已经|都|全|全都|就|早就|基本|基本上|有点|有些|是|就是)*(?:[凉冷](?:掉|透|了|的)|不热|温的|温温的)|(?<![凉冷])(?:例汤|汤|菜|小炒|热菜|米饭|饭|饺子|包子|牛排|披萨|炒饭|面|粥|点心)(?:都|也|全|全都|基本|基本上|居然|竟然)?是?(?:凉的|冷的|温的|温吞吞的|凉透了|冷冰冰的)|(?<![凉冷吃])(?:例汤|汤|菜|小炒|热菜|米饭|饭|饺子|包子|牛排|披萨|炒饭|粥|点心)(?:也|都)?(?:有点|有些|已经|早就)(?:凉|冷)(?:了|掉了)/;
/** A fear or a supposition (怕端上来凉了), or the temperature welcomed (饭是温的，刚好入口). */
const SUPPOSED = /怕|担心|以为|如果|要是|万一|会不会/;
const WELCOMED_AFTER = /^[^。！？!?；;\n]{0,4}?(?:刚好|正好|合适|不烫)/;

/**
 * "牛排端上来的时候已经凉了", "例汤基本是温的，没什么味道": food's temperature as cooked is product_quality by
 * the guide, but beside praise of the place the model gave such a review nothing, or delivery. Named when
 * the message names eating in and no takeaway or trip (cold-on-arrival reads those; 等了两个小时，饭都凉透了
 * is a takeaway's wait).
 */
export function typesForServedCold(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes) || !DINING_IN.test(text) || TAKEAWAY.test(text) || EAT_IN_WISHED.test(text)) return types;
  const found = SERVED_COLD.exec(text);
  if (!found || SUPPOSED.test(clauseBefore(text, found.index)) || WELCOMED_AFTER.test(text.slice(found.index + found[0].length))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
