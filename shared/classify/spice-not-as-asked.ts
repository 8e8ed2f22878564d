import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { isNegated } from './negation.ts';
import { clauseBefore, SENTENCE_BREAK } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';

/** A mild spice level asked for with the order: 点的微辣, 选的免辣, 备注了不要辣, 说了少辣. */
const ASKED_MILD = /(?:点的|点了|选的|选了|要的|要了|备注|备注了|备注的|写了|写的|说了|说的)(?:是|的是)?(?:不辣|免辣|不要辣|不放辣|微辣|少辣)/;
/** The food come hot all the same: 辣得流泪, 辣到怀疑人生, 送来的是特辣, 还是辣. */
const CAME_HOT = /辣(?:到|得)|特辣|变态辣|重辣|(?:很|太|超|超级|巨|贼|还是|也是|照样|依然)辣/;
/** How far after the request the food's heat may be told: the rest of its remark, not a later one. */
const SAME_REMARK = 24;
/** A request of a later or an earlier order, or one only supposed (下次点微辣, 如果选了不辣). */
const NOT_THIS_ORDER = /如果|要是|假如|下次|下回|之前|以前|上次/;

/**
 * "点的不辣 送来辣得我直流眼泪", "选的微辣结果辣到怀疑人生", "明明选的免辣 吃着还是辣": a mild spice
 * level asked for and the food come hot is the order not kept, order_accuracy by the guide (备注不要
 * 香菜, the dish not as ordered). Of the corpus's train and dev reviews naming the level asked for,
 * 20 are labelled order_accuracy and the model missed 2 (both dev). Only mild asked and hot come:
 * food milder than asked for (点的中辣 吃着像微辣) the labels call the food's, product_quality. The
 * heat must not be denied (点的微辣 不会太辣).
 */
export function typesForSpiceNotAsAsked(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const asked = ASKED_MILD.exec(text);
  if (!asked || NOT_THIS_ORDER.test(clauseBefore(text, asked.index))) return types;
  const after = text.slice(asked.index + asked[0].length, asked.index + asked[0].length + SAME_REMARK).split(SENTENCE_BREAK)[0]!;
  const hot = CAME_HOT.exec(after);
  if (!hot || isNegated(after, hot.index)) return types;
  return withNamedType(types, ORDER_TYPE, `${asked[0]}…${hot[0]}`);
}
