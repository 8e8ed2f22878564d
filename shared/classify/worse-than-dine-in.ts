import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { clauseBefore, sentenceAround } from './sentences.ts';

const FOOD_TYPE = 'product_quality';
/** Eating at the shop itself: 店里吃的, 在店里吃, 堂食. */
const DINE_IN = '在?(?:店里面?|店内|堂食|门店|实体店)吃?的?';
/**
 * The takeaway said worse than the same food eaten at the shop: 比店里吃的差远了, 跟店里吃的完全两个味道,
 * 和堂食不是一个味, 外卖没有店里好吃, 外卖不如堂食. Not 比店里贵 (the price), 跟店里吃的一样, nor 还不如在店里吃
 * (advice to eat in, said of a trip gone wrong as often as of the food).
 */
const WORSE_THAN_DINE_IN = new RegExp(
  `比${DINE_IN}(?:要|还)?差|(?:跟|和|与)${DINE_IN}(?:比)?(?:差(?:太|很|好)?(?:远|多)|(?:完全|根本|简直)?(?:是)?(?:两个味|不是一个味|没法比))|没有${DINE_IN}(?:那么|那样)?(?:好吃|香|新鲜|入味)|(?<![还倒真])不如(?:店里|店内|堂食|门店)(?:吃的|的)?(?![吃去])`,
);
/**
 * Eating at the shop wished instead (还不如去店里吃, 以后还是在店里吃吧, 还是堂食吧): said by one who did not eat
 * there, so the meal came as a takeaway, whatever else the message names of the shop.
 */
export const EAT_IN_WISHED = /(?:不如|还是|下次|以后)(?:自己)?(?:去|到|在)?(?:店里|店内)吃|(?:不如|还是)堂食/;
/** The comparison denied (不比店里差) or only asked or supposed (如果比店里差, 是不是没有店里好吃？). */
const DENIED = /(?:不|没|并不|也不)$/;
const NOT_SAID = /如果|要是|假如|担心|怕|吗/;
/** A question mark closing the comparison's clause, which the sentence around it leaves out. */
const ASKED_AFTER = /^[^，。！!,；;\s]{0,6}[？?]/;

/**
 * "比店里吃的差远了", "外卖没有店里好吃": the takeaway said worse than the shop's own dishes is the food
 * faulted (product_quality; the corpus labels "跟堂食差太远" so), but with no fault word of the food the
 * model found no type in most such reviews.
 */
export function typesForWorseThanDineIn(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = WORSE_THAN_DINE_IN.exec(text);
  if (!found || DENIED.test(clauseBefore(text, found.index))) return types;
  const end = found.index + found[0].length;
  if (NOT_SAID.test(sentenceAround(text, found.index, end)) || ASKED_AFTER.test(text.slice(end))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
