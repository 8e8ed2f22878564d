import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType } from './named-type.ts';

/** Goods faulted for their make: "Cheaply made", "very flimsy", "poorly made", "plasticky", "a piece of junk", "seams coming apart" (a building falling apart is its premises). */
const POORLY_MADE =
  /\b(?:cheaply made|poorly made|badly made|shoddily made|shoddy|flimsy|plasticky|piece of (?:junk|crap|garbage|rubbish)|total junk|complete junk|seams? (?:coming|came) (?:apart|undone)|stitching (?:is )?coming (?:apart|undone)|see-through)\b/i;
/** "not flimsy at all", "a bit flimsy but held up": denied, or a nitpick hedged (the corpus labels the sauce pot's no fault). */
const DENIED_OR_HEDGED = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN}|a bit|a little|slightly|somewhat|bit)\\s+(?:\\w+\\s+)?$`, 'i');

/**
 * "Returned it. Cheaply made.", "very flimsy, bent on the first day": goods faulted for their make are product_quality
 * by the guide (the thing bought is bad). The English model, trained on stays and meals, named no type for the words
 * shoppers use, and the lists hold "poor quality" and "cheap" (a price word as often) only.
 */
export function typesForPoorlyMade(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'product_quality', taxonomyTypes)) return types;
  const found = POORLY_MADE.exec(text);
  if (!found || DENIED_OR_HEDGED.test(text.slice(Math.max(0, found.index - 20), found.index))) return types;
  return withNamedType(types, 'product_quality', found[0]);
}
