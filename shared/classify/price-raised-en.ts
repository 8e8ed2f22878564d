import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType } from './named-type.ts';

const PRICE_TYPE = 'price_billing';
const WHAT = '(?:rate|rates|price|prices|bill|bills|premium|premiums|fee|fees|plan|subscription|membership|cost|costs|charges?|tariff)';
/** The price raised: "raised my rate", "increased my premium by 30%", "prices went up again", "price hike", "my bill doubled". */
const RAISED = new RegExp(
  String.raw`\b(?:raised|increased|hiked|jacked up|bumped up|put up|upped|doubled|tripled)\s+(?:the\s+|my\s+|our\s+|their\s+|your\s+)?(?:\w+\s+)?${WHAT}\b|\b${WHAT}\s+(?:\w+\s+)?(?:went up|gone up|go up|goes up|increased|doubled|tripled|jumped|keeps? going up|keeps? rising|crept up|creeping up|shot up|skyrocketed)\b|\bprice\s+(?:hike|increase|rise)s?\b`,
  'i',
);
/** "went from $9.99 to $15.99": a rise told in figures. */
const FROM_TO = /\bwent (?:up )?from\s+[$£€]?\s?(\d[\d,]*(?:\.\d+)?)\s+to\s+[$£€]?\s?(\d[\d,]*(?:\.\d+)?)/i;
const NEGATED_BEFORE = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\s+(?:\\w+\\s+){0,2}$`, 'i');
/** A rise told in a satisfied review longer than this is taken in stride ("Prices went up like everywhere else but the service is still good"): no complaint, as the corpus labels it. */
const ACCEPTED_RISE_LENGTH = 100;

/**
 * "they raised my rate without telling me", "my bill doubled", "subscription went from $9.99 to $15.99": a price raised
 * is price_billing by the guide (price too high, unexpected fees), as the Chinese side reads 涨价 (price-raised.ts); the
 * English model named nothing or too little. Not a rise denied ("haven't put up their prices in years"), nor one taken in
 * stride in a longer satisfied review.
 */
export function typesForPriceRaisedEn(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, PRICE_TYPE, taxonomyTypes) || (!negative && text.length > ACCEPTED_RISE_LENGTH)) return types;
  const raised = RAISED.exec(text);
  if (raised && !NEGATED_BEFORE.test(text.slice(Math.max(0, raised.index - 24), raised.index))) return withNamedType(types, PRICE_TYPE, raised[0]);
  const figures = FROM_TO.exec(text);
  if (figures && Number(figures[2]!.replace(/,/g, '')) > Number(figures[1]!.replace(/,/g, ''))) return withNamedType(types, PRICE_TYPE, figures[0]);
  return types;
}
