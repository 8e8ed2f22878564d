import { lastClause } from './never-coming-back.ts';

/**
 * The stay or the meal said not worth its price or its rating: 配不上这个价格, 整体配不上这个分数,
 * 对不起这个价, 真心不值这个价 (not 配不上 said of oneself: 我配不上).
 */
const UNWORTHY = /配不上(?:这|它)|(?:对不起|不值)这?个?(?:价|钱|分|评分|星)/;
/** Said on a condition, feared or denied (如果…就不值这个价, 本来以为配不上这个价格, 并不是不值这个价): no verdict. */
const NOT_A_VERDICT = /如果|要是|假如|以为|担心|怕|不会|并不|并没|不是|的话/;

/**
 * "房间还行，但是配不上这个价格", "前台小妹人挺好，但酒店整体配不上这个分数": a review that closes on
 * the whole not being worth what it costs or claims is the customer's verdict on it, as a closing
 * refusal to come back is: the model read the praise before it (还行, 挺好, 服务) and the review
 * came out positive. Of the corpus's train and dev messages whose last clause says so, 28 of 29
 * are labelled negative (the other a shopping rating, "坏了两个 不值这个价 很一般"). The phrase, or undefined.
 */
export function closingUnworthy(text: string): string | undefined {
  // Most messages hold neither word: no clause is looked for.
  if (!text.includes('配不上') && !text.includes('对不起') && !text.includes('不值')) return undefined;
  const last = lastClause(text);
  if (last === undefined || NOT_A_VERDICT.test(last)) return undefined;
  return UNWORTHY.exec(last)?.[0];
}
