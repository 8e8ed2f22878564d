import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { sentenceAround } from './sentences.ts';

const PRICE_TYPE = 'price_billing';

/** The price paid: 这个价格, 这价钱, 同样的价位, 这钱. */
const THIS_PRICE = '(?:这个?|同样的?|一样的?|相同的?|这样的?|同)(?:价格|价钱|价位|房价|钱)';
/** Within the clause, never past a 不 or 没. */
const IN_CLAUSE = '[^，,。！？!?；;\\n不没]';
/**
 * Within the clause (在周边, 在市中心, 完全): 能, 可以 or 够 then a stay better than this one: 能住更好的,
 * 可以住得好很多, 够住好一点的, 能住很好的酒店了 (很好, 不错 only before 的: 这个价格可以住得很好 is
 * praise; 这个价格不能住更好的了 is praise too); or a higher-starred one elsewhere, told by 都 or the
 * place (都能住五星了, 在市中心能住五星): "这个价格能住五星级酒店 超值" praises this one.
 */
export const BUYS_BETTER_SOURCE = `${THIS_PRICE}(?:${IN_CLAUSE}{0,10}?(?:能|可以|够)住(?:到|得|上)?(?:更好|好一点|好点|好得多|好很多|好太多|(?:很好|挺好|不错)的)|${IN_CLAUSE}{0,8}?(?:都|在(?:别的|别家|别处|其他|周边|附近|市中心|外面|隔壁)${IN_CLAUSE}{0,4}?)(?:能|可以|够)住(?:到|得|上)?[四五]星级?(?:酒店)?)`;
/** Within the sentence, never past a 不 or 没. */
const IN_SENTENCE = '[^。！？!?；;\\n不没]';
/**
 * Other stays at the price said better than this one: 同价位的全季都比这里好, or, with no 这 or 比 between
 * (这里比别家好多了 and 比之前住的好多了 praise this one), 同样的价格旁边的全季条件好多了.
 */
export const SAME_PRICE_BETTER_SOURCE = `${THIS_PRICE}(?:${IN_SENTENCE}{0,14}?比(?:这里|这儿|这家|这边|这)的?${IN_CLAUSE}{0,4}?(?:好|强|舒服|干净|新)|[^。！？!?；;\\n不没这比]{0,14}?(?:好多了|好得多|好很多|好太多|强多了|强得多|强很多|好一大截|强一大截))`;
const BUYS_BETTER = new RegExp(`${BUYS_BETTER_SOURCE}|${SAME_PRICE_BETTER_SOURCE}`);
/** The comparison only supposed or wished: 如果这个价格能住更好的就好了. */
const SUPPOSED = /如果|要是|假如|希望|以为|本来/;

/**
 * "性价比太低了 这个价格在周边能住更好的", "这个价钱可以住更好的酒店了", "这价格都能住五星了",
 * "同价位的亚朵都比这里好": the price
 * said to buy a better stay elsewhere is poor value, price_billing by the guide (不值这个价), but the model read
 * the comparison's 更好 as praise and gave the type nothing (and the review positive). Named unless
 * the sentence only supposes or wishes the comparison.
 */
export function typesForPriceBuysBetter(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes)) return types;
  const found = BUYS_BETTER.exec(text);
  if (!found || SUPPOSED.test(sentenceAround(text, found.index, found.index + found[0].length))) return types;
  return withNamedType(types, PRICE_TYPE, found[0]);
}
