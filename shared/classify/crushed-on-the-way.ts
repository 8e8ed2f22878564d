import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { firstOccurrence } from './occurrence.ts';

const TRANSPORT_TYPE = 'delivery';

/**
 * Crushed, toppled or jumbled: 压得稀巴烂, 压变形了, 挤成一团, 颠碎了 (not 摔坏: a phone dropped); a cake, a pizza or a box gone over (蛋糕都塌了,
 * 披萨歪到一边了); the dishes run together (饭菜混在一起了). Not 压成泥 (mashed), 压力 or 压缩.
 */
const CRUSHED = new RegExp(
  '(?:压|挤|颠)(?:得|成|到)?(?:扁|烂|碎|坏|变形|稀巴烂|稀烂|一团|一坨|不成样|面目全非)' +
    '|(?:蛋糕|披萨|比萨|汉堡|饭盒|餐盒|盒子|奶油|造型|裱花)(?:送来|送到|送过来|到手|拿到)?(?:的时候)?(?:都|全|也|直接|整个|已经|全都)?(?:塌|歪|变形|倒)(?=了|掉|到|成|得|在)' +
    '|(?:饭菜|菜|汤和饭|饭和菜|东西)(?:全|都|全都)?(?:混在一起|混成一团|搅在一起)',
  'g',
);
/** The food or its box named: people crushed in a lift or a hotel's sagging bed are no order. */
const FOOD_OR_BOX = /蛋糕|披萨|比萨|汉堡|饭|菜|面|饼|寿司|三明治|水果|草莓|蛋|薯条|炸鸡|鸡|盒|杯|袋|包装|外卖|奶油|汤/;
/** Denied, feared or only nearly: 一点没压坏, 不会压扁, 怕压坏, 差点倒了; or done in the kitchen (压成饼: a recipe). */
const DENIED_OR_FEARED = /(?:没有?|不|未|别|不会|防止|以免|避免|怕|担心|差点|差一点|险些)(?:都|也|会|被)?$/;
/** A hotel's room service or a meal at the table: the corpus labels what went wrong there otherwise. */
const NOT_A_TRIP = /客房|酒店|宾馆|民宿|前台|服务员|上菜|堂食|店里吃|自己/;

/**
 * "蛋糕送来都塌了", "汉堡压得稀巴烂", "饭盒压变形了": the order crushed or toppled when it came is the trip's
 * fault, delivery by the guide (food spoilt because of transport), as a spill is; the corpus labels its
 * such messages (蛋糕送到的时候整个塌了一边, 饭盒的盖子已经变形了, 冰淇淋到手全化了，蛋糕也压扁了) delivery.
 * The taxonomy knew 压扁 and 压坏, not the other ways of saying it, and the model read 稀巴烂 as the food's.
 * Whether product_quality goes with it is left to the model.
 */
export function typesForCrushedOnTheWay(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, TRANSPORT_TYPE, taxonomyTypes) || NOT_A_TRIP.test(text)) return types;
  const found = firstOccurrence(text, CRUSHED, ({ before, sentence }) => !DENIED_OR_FEARED.test(before) && FOOD_OR_BOX.test(sentence));
  return found ? withNamedType(types, TRANSPORT_TYPE, found[0]) : types;
}
