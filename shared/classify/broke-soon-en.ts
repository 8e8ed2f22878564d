import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType } from './named-type.ts';

const QUALITY_TYPE = 'product_quality';

const SOON = String.raw`(?:(?:after|within|in)\s+(?:just\s+|only\s+|less than\s+|about\s+)?(?:a|an|one|two|three|four|five|six|a few|a couple(?: of)?|\d+)\s*(?:days?|weeks?|months?|uses?|wears?|washes|washe?s?|times?|charges?|rides?)|(?:the\s+)?first\s+(?:time|day|week|use|wear|wash)|on\s+(?:the\s+)?(?:first|second)\s+(?:day|use|wear|wash|try)|out of the box|straight away|right away)`;
/** The thing bought giving out soon: "zipper broke after a month", "the heel snapped on the first wear", "died within 2 weeks". */
const BROKE_SOON = new RegExp(
  String.raw`\b(?:broke|snapped|cracked|ripped|tore|died|fell apart|came apart|gave out|wore out|wore through|peeled(?: off)?|fell off|came off|came unstitched|stopped charging|stopped turning on|quit working|leaks|leaked|started leaking|bent|warped|rusted|faded|shrank)\s+(?:\w+\s+)?${SOON}`,
  'i',
);
/** "hasn't broken after a year", "never broke after months of use": the fault denied. */
const NEGATED_BEFORE = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\s+(?:\\w+\\s+)?$`, 'i');

/**
 * "Good value overall but the zipper broke after a month", "the heel snapped on the first wear": the thing bought
 * giving out soon is product_quality by the guide. The phrase lists hold "broken" and "stopped working", not the
 * verbs customers use of goods that gave out, and the English model, trained on stays and meals, named no type.
 */
export function typesForBrokeSoon(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, QUALITY_TYPE, taxonomyTypes)) return types;
  const found = BROKE_SOON.exec(text);
  if (!found || NEGATED_BEFORE.test(text.slice(Math.max(0, found.index - 16), found.index))) return types;
  return withNamedType(types, QUALITY_TYPE, found[0]);
}
