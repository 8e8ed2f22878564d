import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';

/**
 * What comes with a takeaway order as an item of its own: a drink, the rice or a bun, the cutlery, a
 * sauce or a side, a gift. Not the meal itself (饭呢 after 显示已送达 is the trip's), nor what a dish is
 * made of (鸭血粉丝汤里的鸭血去哪了 is its portion).
 */
const ITEM = '(?:饮料|可乐|雪碧|奶茶|果汁|豆浆|米饭|馒头|筷子|勺子|餐具|吸管|纸巾|小菜|凉菜|咸菜|酱|麻酱|醋|辣椒油|调料包?|料包|赠品|汤)';
/**
 * The item asked after: 饮料呢, 我的可乐呢？, 筷子在哪, 米饭去哪了; not a part of a dish (汤包的汤呢), nor where to
 * fetch it (请问饮料在哪里拿, 我问豆浆在哪里: a question to the staff, not of the order), nor an item told there (还有赠品呢).
 */
const NOT_OF_A_DISH = '(?<![问里]|(?<![我你])的)';
const ASKED_AFTER = new RegExp(
  `${NOT_OF_A_DISH}${ITEM}呢[？?]|${NOT_OF_A_DISH}(?<!有)${ITEM}(?:呢(?=[！!。，,~～\\s]|$)|去哪了|哪去了|在哪(?:里|儿)?(?![拿取买领放加]))`,
);
const ASKED_OF_STAFF = /问[^，,。！？!?；;\s]{0,4}$/;
/** An add-on paid for and not found (加了个蛋 蛋呢, 加的鸡排呢). */
const ADD_ON_ASKED_AFTER = /加(?:了|的)?(?:个|一个|份|一份)?(蛋|肉|肠|火腿|鸡排|芝士|丸子)[^。！？!?]{0,8}?(?:\1)?(?:呢|去哪了|哪去了|在哪)/;
/** Soup that came but spilled into the bag is the trip's (汤呢？塑料袋里倒是挺多汤的). */
const SPILLED = /洒|撒|漏|袋子?里/;

/**
 * "饮料呢？？？", "说好的满30送可乐，可乐呢？", "筷子呢？用手抓着吃是新吃法吗", "点了加蛋 蛋呢？": an item of
 * the order asked after is an item missing from it, order_accuracy by the guide (少送, 漏了, 没给筷子);
 * the model knew the item's name but not the question as a fault, and gave none, or only the broken
 * promise of a gift. Over the corpus, the measuring sets and the batteries it named 16 messages labelled so
 * and 4 not (a gift promised, labelled misleading_promise alone).
 */
export function typesForItemAskedAfter(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found = ASKED_AFTER.exec(text) ?? ADD_ON_ASKED_AFTER.exec(text);
  if (!found || (found[0].startsWith('汤') && SPILLED.test(text)) || ASKED_OF_STAFF.test(text.slice(0, found.index))) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
