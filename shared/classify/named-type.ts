import type { ComplaintTypeScore } from './complaint-types.ts';

/** As sure as the words that name it outright (a foreign body in the food, a sum demanded, an item not sent). */
const NAMED_TYPE_CONFIDENCE = 0.9;

/** Whether a rule after the model may name `type`: the taxonomy has it and no type found names it already. */
export function mayName(types: readonly ComplaintTypeScore[], type: string, taxonomyTypes: readonly string[]): boolean {
  return taxonomyTypes.includes(type) && !types.some((t) => t.type === type);
}

/** Whether a reading is less sure than a rule's words: the model's faint reading, which a later rule may overrule. */
export function lessSureThanARule(score: ComplaintTypeScore): boolean {
  return score.confidence < NAMED_TYPE_CONFIDENCE;
}

/** `types` with `type` named by a rule from the phrase that says it, strongest first. */
export function withNamedType(types: ComplaintTypeScore[], type: string, phrase: string): ComplaintTypeScore[] {
  return [{ type, confidence: NAMED_TYPE_CONFIDENCE, phrases: [phrase], problem: true }, ...types].sort((a, b) => b.confidence - a.confidence);
}

/**
 * Whether a rule after the model may name `type` or make the model's faint reading of it as sure as the rule's words:
 * the taxonomy has it and no type found names it as surely already.
 */
export function mayNameOrConfirm(types: readonly ComplaintTypeScore[], type: string, taxonomyTypes: readonly string[]): boolean {
  return taxonomyTypes.includes(type) && !types.some((t) => t.type === type && t.confidence >= NAMED_TYPE_CONFIDENCE);
}

/** `types` with `type` named by a rule from the phrase that says it, in place of the model's fainter reading of it. */
export function withNamedOrConfirmedType(types: ComplaintTypeScore[], type: string, phrase: string): ComplaintTypeScore[] {
  return withNamedType(withoutType(types, type), type, phrase);
}

/** `types` without `type`: a rule after the model found the model's reading of it mistaken. */
export function withoutType(types: ComplaintTypeScore[], type: string): ComplaintTypeScore[] {
  return types.filter((t) => t.type !== type);
}
