import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType } from './named-type.ts';

const ORDER_TYPE = 'order_accuracy';

/** "got the wrong side dish", "gave me the wrong drink", "brought us the wrong wine": an item given wrong, whatever the item. */
const GIVEN_WRONG =
  /\b(?:got|get|gets|getting|gave|give|given|brought|bring|sent|send|served|received|delivered)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:the\s+|a\s+|an\s+)?(?:completely\s+|totally\s+)?wrong\s+(?!(?:way|number|person|idea|impression|answer|info|information|advice|directions?|address|code|link|time|date|end)\b)[a-z]+/i;
/** Part of the order only: "Only 2 of the 3 items came", "only one of my two bags arrived". */
const PART_ONLY = /\bonly\s+(?:\d+|one|two|three|four|five|six|half)\s+(?:of|out of)\s+(?:the\s+|my\s+|our\s+)?(?:\d+|two|three|four|five|six|seven|eight)\b[^.!?]{0,20}?\b(?:came|arrived|showed up|turned up|were delivered|was delivered|got delivered|in the bag|in the box)\b/i;
/** "never got the wrong order", "didn't get the wrong size": the mistake denied. */
const NEGATED_BEFORE = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\s+(?:\\w+\\s+)?$`, 'i');
/** "I gave him the wrong building number", "we sent the wrong address": the customer's own mistake ("I got the wrong size" is not). */
const CUSTOMER_GAVE = /\b(?:i|we)\s+(?:\w+\s+)?$/i;
const GIVING = /^(?:gave|give|given|sent|send)\b/i;

/**
 * An item given wrong, or part of the order only, is order_accuracy by the guide (送错, 少送). The phrase lists name
 * the wrong item for a few items (wrong size, wrong dish, wrong order), and the English model passed over "got the
 * wrong side dish" or "gave me the wrong drink" with no type. The wrong information, number or way is no order.
 */
export function typesForGivenWrongEn(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, ORDER_TYPE, taxonomyTypes)) return types;
  const found = GIVEN_WRONG.exec(text) ?? PART_ONLY.exec(text);
  const before = found ? text.slice(Math.max(0, found.index - 16), found.index) : '';
  if (!found || NEGATED_BEFORE.test(before) || (GIVING.test(found[0]) && CUSTOMER_GAVE.test(before))) return types;
  return withNamedType(types, ORDER_TYPE, found[0]);
}
