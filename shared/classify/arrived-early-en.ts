import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const TRANSPORT_TYPE = 'delivery';
/** The order come before its time: "came a day early", "arrived 20 minutes early", "delivered ahead of schedule", "earlier than expected". */
const ARRIVED_EARLY =
  /\b(?:arrived|came|delivered|got here|showed up)\s+(?:(?:a|one|two|three|a few|a couple of|\d+)\s+(?:days?|hours?|hrs?|mins?|minutes?)\s+|an hour\s+|half an hour\s+|a bit\s+|way\s+|super\s+|really\s+)?(?:early|earlier than (?:expected|estimated|promised|quoted)|ahead of (?:schedule|time))\b/i;
/** Anything else that could fault the trip, or a turn that may bring one. */
const TRIP_FAULT = /\b(?:late|delay\w*|cold|spill\w*|crush\w*|damag\w*|broken|missing|wrong|never|lost|leak\w*|rude|but|however|though|except)\b/i;

/**
 * "Tracking updated every hour and the parcel came a day early. Perfect.": an order come early is praise of the trip, but
 * the English model, which learnt the tracking and the days counted from complaints, gave delivery. Dropped in a satisfied
 * message that says the order came before its time and names nothing else that could fault the trip (as arrived-early.ts for Chinese).
 */
export function typesForArrivedEarlyEn(types: ComplaintTypeScore[], text: string, positive: boolean): ComplaintTypeScore[] {
  if (!positive || !types.some((t) => t.type === TRANSPORT_TYPE) || !ARRIVED_EARLY.test(text) || TRIP_FAULT.test(text)) return types;
  return withoutType(types, TRANSPORT_TYPE);
}
