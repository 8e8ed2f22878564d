import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const SPAN = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|few)\s*-?\s*(?:hrs?|hours?|mins?|minutes?|days?|weeks?)`;
/** A delay told with its length or as one more: "another 3 hour delay", "delayed 4 hours", "delayed again"; or by what it cost: "sat on the tarmac", "missed my connection". */
const DELAY_SAID = new RegExp(String.raw`\b(?:(?:sat|stuck|sitting|waited|waiting|held|trapped)\s+on the tarmac|missed (?:my|our|the) (?:connection|connecting (?:flight|train))|${SPAN}\s+delay|(?:another|yet another|huge|massive|endless|constant)\s+delay|delayed\s+(?:again|(?:by\s+|for\s+)?(?:over\s+|almost\s+|nearly\s+)?${SPAN}))`, 'i');
/** A stay or a meal the delay came before, which the hotel did not cause: "our flight was delayed 6 hours and the hotel held the room". */
const STAY_AFTER = /\b(?:the hotel|this hotel|our room|the room|checked in|reception(?:ist)?|front desk|porter|night manager|the restaurant|our table|waiter|waitress)\b/i;

/**
 * "great, another 3 hour delay", "delayed 4 hours, no food vouchers", "Package delayed again": the flight, train, ride
 * or parcel late is getting the customer or the order where it was going, delivery by the guide (the corpus labels an
 * airline's "Delayed 7 hours in Frankfurt" so). The English model read delivery from couriers and food only, and a
 * flight delayed came out product_quality or nothing. Not where a hotel or a restaurant is reviewed: the delayed flight
 * before a stay is no fault of the stay.
 */
export function typesForDelaySaid(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const lower = text.toLowerCase();
  if ((!lower.includes('delay') && !lower.includes('tarmac') && !lower.includes('missed')) || !mayName(types, 'delivery', taxonomyTypes)) return types;
  const delay = DELAY_SAID.exec(text);
  if (!delay || STAY_AFTER.test(text)) return types;
  return withNamedType(types, 'delivery', delay[0]);
}
