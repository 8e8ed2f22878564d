import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { CLAUSE_OR_SPACE_BREAK } from './sentences.ts';

const FOOD_TYPE = 'product_quality';
/** Items counted short: 少了两个, 少一份薯条, 少给了一瓶, 少送了五根; not a portion called small (有点少一碗不够吃). */
const COUNTED_SHORT = /(?<![有点太很较偏最至])少(?:了|给了?|送了?|发了?)?[一两二三四五六七八九十几0-9]+(?:个|只|块|根|串|份|瓶|杯|盒|袋|碗|张|颗|片)/;

/** The model this sure of a fault of the food has read more than the shortage (没炸透, 沉淀物: faults the phrase lists lack). */
const SURE_OF_THE_FOOD = 0.8;

/**
 * "点了个全家桶，鸡翅少了两个，可乐也没有", "钵钵鸡串串数了数少了五根": items counted short are missing from the
 * order (order_accuracy by the guide: 少送, 漏了), not a scant portion; the model read 少了 as the food's
 * portion. product_quality is dropped when the model is not sure of it and, the clauses counting what is
 * short taken out, none of its phrases is left: over the corpus and measuring sets 14 readings right,
 * none wrong (without the confidence bound, 6 wrong: faults of the food the phrase lists lack).
 */
export function typesForCountedShortNotPortion(types: ComplaintTypeScore[], text: string, foodPhrases: readonly string[]): ComplaintTypeScore[] {
  const food = types.find((t) => t.type === FOOD_TYPE);
  if (!food || food.confidence >= SURE_OF_THE_FOOD || !COUNTED_SHORT.test(text)) return types;
  const otherClauses = text.split(CLAUSE_OR_SPACE_BREAK).filter((clause) => !COUNTED_SHORT.test(clause));
  if (otherClauses.some((clause) => holdsAnyPhrase(clause, foodPhrases))) return types;
  return withoutType(types, FOOD_TYPE);
}
