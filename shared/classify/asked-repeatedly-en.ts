import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/** The customer asking over and over: "Had to ask 3 times for water", "asked twice for an extra blanket", "I've now asked 4 times". */
const ASKED_AGAIN =
  /\b(?:had to ask|had to remind (?:them|him|her|the staff)|(?:i|we|i'?ve|we'?ve|have|had)\s+(?:now\s+|already\s+)?asked|^\s*asked|[.!?]\s*asked|had to chase(?: them| it)?|chased (?:them|it))\s+(?:(?:for|about)\s+(?:\S+\s+){0,4}?)?(?:twice|three times|four times|five times|several times|multiple times|many times|a few times|\d+\s*(?:times|x))\b/i;

/**
 * "Had to ask 3 times for water", "asked twice for an extra blanket, never came": a request the business had to be asked
 * for again and again is slow response by the business itself, responsiveness by the guide, as the corpus labels every
 * such review; the English model read it from the longer ones only. The staff asking ("the waiter asked twice if we were
 * ok") is attention, not a fault: only the customer's asking counts. Asking again for a refund or an invoice is the
 * after-sales handling the model names already.
 */
export function typesForAskedRepeatedly(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'responsiveness', taxonomyTypes) || types.some((t) => t.type === 'after_sales')) return types;
  const found = ASKED_AGAIN.exec(text);
  return found ? withNamedType(types, 'responsiveness', found[0].trim()) : types;
}
