import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';

const FOOD_TYPE = 'product_quality';
const PREMISES_TYPE = 'environment';

/** The place's smoke or smell carried out in the guest's hair: 头发衣服全是火锅味, 头发上都是烤肉味. */
const SMELL_IN_HAIR = /头发[^，,。！!？?；;]{0,8}?味/g;
/** The same told as a fault: the hair (and clothes) all smelling of the place, not of a scent (头发上全是香味). */
const HAIR_REEKS = /头发[^，,。！!？?；;]{0,6}?(?:全|都)是[^，,。！!？?；;香]{0,4}?味/;

/**
 * "排烟不太行，出门头发上全是烤肉味": the place's smoke clinging to the guest is its ventilation, a
 * smell of the premises (environment); the corpus labels every dine-in review saying so that type,
 * but told beside praise of the dishes the model gave it none.
 */
export function typesForSmellInHair(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PREMISES_TYPE, taxonomyTypes)) return types;
  const found = HAIR_REEKS.exec(text);
  return found ? withNamedType(types, PREMISES_TYPE, found[0]) : types;
}

/**
 * "通风太差了，吃完头发衣服全是火锅味": the smell clinging to the guest is the premises' ventilation
 * (environment, which the model or premises-faulted name), but the model read 头发, a hair in the
 * food, as product_quality. Dropped when, those words taken out, no phrase of the food's faults is left.
 */
export function typesForSmellInHairNotFood(types: ComplaintTypeScore[], text: string, foodFaultPhrases: readonly string[]): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === FOOD_TYPE)) return types;
  const rest = text.replace(SMELL_IN_HAIR, '');
  if (rest.length === text.length || holdsAnyPhrase(rest, foodFaultPhrases)) return types;
  return withoutType(types, FOOD_TYPE);
}
