import type { ComplaintTypeScore } from './complaint-types.ts';
import { CLAUSE_BREAK } from './sentences.ts';

const ORDER_TYPE = 'order_accuracy';
/** A receipt or invoice withheld: 没给收据, 不给开发票, 没开小票. */
const RECEIPT_NOT_GIVEN = /(?:没|不|没有)(?:给|开)[^，,。！？!?；;\n]{0,3}?(?:收据|发票|小票)/;

/**
 * "交了押金没给收据，退房时又说没交过", "为什么没给我发票": a receipt or invoice withheld is
 * price_billing by the guide (deposit or invoice problems), and the corpus labels none of its 9
 * such messages order_accuracy, but 没给 and 没开 read as an item left out and the model gave it 2 of
 * them. Dropped when no other clause holds one of the type's phrases.
 */
export function typesForReceiptNotGiven(types: ComplaintTypeScore[], text: string, orderPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === ORDER_TYPE) || !RECEIPT_NOT_GIVEN.test(text)) return types;
  const otherClauses = text.split(CLAUSE_BREAK).filter((clause) => !RECEIPT_NOT_GIVEN.test(clause));
  if (otherClauses.some((clause) => orderPhrases.some((phrase) => clause.includes(phrase)))) return types;
  return types.filter((t) => t.type !== ORDER_TYPE);
}
