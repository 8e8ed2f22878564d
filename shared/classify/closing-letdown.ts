import { lastClause } from './never-coming-back.ts';

/**
 * A letdown as the last word: the rest's virtues written off (其他再好也白搭, 位置再好也没用), the stay
 * short of what was hoped (没有想象中好, 比想象中差), or the stay called a letdown (挺扫兴的).
 */
const LETDOWN = /再好也(?:白搭|没用|白费|弥补不了)|(?:没有|没|不如)想象中的?(?:那么|那样)?好|比想象中的?差|(?:挺|很|有点|有些|太|真)扫兴/;
/** Said on a condition, feared, or of what did not happen (如果隔音不好，其他再好也白搭; 本来担心没有想象中好). */
const NOT_A_VERDICT = /如果|要是|假如|以为|担心|怕|的话|本来/;

/**
 * "房间装修风格我也喜欢。就是隔音实在太差了……这一点做不到其他再好也白搭", "位置好，前台服务也不错，
 * 就是房间里有股烟味……一般般吧，没有想象中好": a review that closes on a letdown gives its verdict
 * there, as one closing on a refusal to come back does; but the fault came after 就是 or 可惜, which
 * weighs less, so the praise before it outweighed the fault and the review read positive. Of the
 * corpus's train and dev messages whose last clause says so, all 7 are labelled negative (two more,
 * "一般般，没有想象中好吃", are lukewarm remarks the lukewarm lean decides). Only the last clause,
 * and not one said on a condition. The phrase, or undefined.
 */
export function closingLetdown(text: string): string | undefined {
  // Most messages hold none of the words: no clause is looked for.
  if (!text.includes('再好也') && !text.includes('想象中') && !text.includes('扫兴')) return undefined;
  const last = lastClause(text);
  if (last === undefined) return undefined;
  const found = LETDOWN.exec(last);
  if (!found || NOT_A_VERDICT.test(last.slice(0, found.index)) || NOT_A_VERDICT.test(clauseBeforeLast(text, last))) return undefined;
  return found[0];
}

/** The clause before the last, where a condition for it stands (如果隔音不好，其他再好也白搭). */
function clauseBeforeLast(text: string, last: string): string {
  const end = text.lastIndexOf(last);
  const before = text.slice(0, Math.max(0, end)).replace(/[，,。！？!?；;~～…、\s]+$/, '');
  return lastClause(before) ?? '';
}
