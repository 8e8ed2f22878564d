import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const FOOD_TYPE = 'product_quality';

/**
 * The food said to fall short of before: 没以前好吃了, 没有上次的香, 不如之前新鲜, 分量没原来多了. A
 * regular's short review says only this, and the model, reading 好吃 and 香, gave it no type. Only the
 * food's virtues (taste, freshness, portion): 没以前好了 may be the service, 没以前那么咸了 is praise.
 */
const WORSE_THAN_BEFORE = /(?:没|没有|不如|比不上)(?:以前|之前|上次|原来|过去|从前|第一次)的?(?:那么|那样|这么)?(?:好吃|香|好喝|入味|新鲜|地道|正宗|多|足|大)/;
/** Asked or supposed: 是不是没以前好吃了？, 如果没以前好吃就不点了. */
const NOT_SAID = /如果|要是|是不是|会不会|吗|？|\?/;

/** Adds product_quality when the message says the food fell short of before, unless the model found it. */
export function typesForWorseThanBefore(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, FOOD_TYPE, taxonomyTypes)) return types;
  const found = WORSE_THAN_BEFORE.exec(text);
  if (!found || NOT_SAID.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, FOOD_TYPE, found[0]);
}
