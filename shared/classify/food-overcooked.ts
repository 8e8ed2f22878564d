import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const FOOD_TYPE = 'product_quality';
/**
 * A dish cooked too long (鸡蛋煮老了, 排骨炖得太老了, 鱼煎糊了, 牛肉炒得很柴, 腰子烤过了有点老): the cooking word must
 * come right before and the fault carry 了 or a degree, so 老板, 烤得焦香, 煎得焦脆 and a socket 烧焦
 * are none.
 */
const OVERCOOKED = /(?:煮|炒|炖|煎|烤|炸|蒸|焖)(?:得|的|过了[，,]?)?(?:都|也)?(?:(?:太|有点|有些|稍微|略|过|很|好)(?:老|糊|焦|柴)|(?:老|糊|焦)了|过头|过火)/;
/** Staff cooking at the table (服务员烤肉的时候…把牛舌烤焦了): their carelessness, labelled service_attitude. */
const STAFF = /服务员|店员|服务生/;

/**
 * "鸡蛋煮老了", "排骨炖得太老了": food cooked too long is the food's taste by the guide
 * (product_quality), but told alone in these words the model gave no type at all.
 */
export function typesForFoodOvercooked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = OVERCOOKED.exec(text);
  if (!found || STAFF.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
