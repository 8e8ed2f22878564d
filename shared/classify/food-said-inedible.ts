import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/**
 * The food said to be past eating, naming no fault word the model knows: 辣得没法吃, 根本没办法下口,
 * 吃了一口就扔了, 黑暗料理, 狗都不吃, 这是人吃的吗. Short takeaway reviews say only this, and came out
 * negative with no type. 吃不下 counts only after a degree or 得 of a fault: a portion too big to
 * finish (太多了吃不下) is praise, and 多得吃不下 too.
 */
const INEDIBLE =
  /(?:没法|没办法|无法)(?:再)?(?:吃|下口|入口)(?!饭)|(?<![多大饱撑足])得吃不下|(?:根本|完全|实在|真的)吃不下|难以入口|下不了口|无从下口|黑暗料理|[猪狗]都不(?:吃|会吃|爱吃)|是人吃的|给人吃的|(?:吃|尝)了?[一两几]口就(?:扔|倒|丢|不吃)/;
/**
 * A condition, a fear, a denial of the degree, someone else's view or a belief of before: 如果…就没法吃了,
 * 倒也不至于没法吃, 以前总觉得外卖的蒸蛋没法吃.
 */
const NOT_SAID_OF_THIS_FOOD = /如果|要是|假如|万一|怕|担心|会不会|是不是|以为|听说|不至于|没到|不是|还不到|别家|隔壁|以前|之前|觉得/;
/** A place that put the customer off eating (这环境真没法吃, 去了趟洗手间出来吃不下了): the premises', not the food's. */
const PREMISES = /环境|厕所|洗手间|卫生间/;
/**
 * Not the food's fault: no chopsticks or spoon to eat with (没给勺子没法吃) is order_accuracy, and a
 * spice level ordered and ignored (备注不要辣，辣得没法吃) too, as the corpus labels it.
 */
const ORDER_AT_FAULT = /筷子|勺|叉子|餐具|吸管|备注|不要辣|微辣|免辣|少辣|不辣/;

/** Adds product_quality when the message says the food could not be eaten, unless the model found it. */
export function typesForFoodSaidInedible(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = INEDIBLE.exec(text);
  if (!found || ORDER_AT_FAULT.test(text) || PREMISES.test(text) || NOT_SAID_OF_THIS_FOOD.test(clauseBefore(text, found.index))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
