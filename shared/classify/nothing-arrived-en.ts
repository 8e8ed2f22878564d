import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const GOODS = '(?:order|orders|package|parcel|delivery|item|items|food|shipment|meal|groceries|box|purchase)';
/** The order that never came: "never received my order", "still haven't got my package", "my parcel never arrived". */
const NOTHING_ARRIVED = new RegExp(
  String.raw`\b(?:never|didn'?t|did not|haven'?t|havent|have not|hasn'?t|has not|not yet)\s+(?:received|got|gotten|get|receive)\s+(?:my|our|the)\s+${GOODS}\b|\b(?:my|our|the)\s+(?:\w+\s+)?${GOODS}\s+(?:never|still\s+(?:hasn'?t|hasnt|has not|not|hadn'?t)|hasn'?t|hasnt|has not|didn'?t|did not)\s+(?:arrived|came|come|shown up|showed up|turned up|been delivered|arrive|show up|turn up|got here|get here)\b`,
  'i',
);
/** Asked after where it is: "Where is my food. It's been 90 minutes.", "@Shop where's my package??". */
const WHERE_IS = new RegExp(String.raw`\bwhere(?:'s|s| is| the hell is| tf is| on earth is)\s+my\s+${GOODS}\b`, 'i');
/**
 * Marked delivered and never there: "Order said delivered but nothing arrived", "app shows delivered, never got it". Not
 * "nothing came" alone, which is as often a refund not in the bank or the rest of an order short.
 */
const MARKED_BUT_MISSING =
  /\b(?:said|says|marked|marked as|shows?|showed|showing|listed as|status)\s+(?:as\s+)?delivered\b[^.!?]{0,40}?\b(?:nothing|never|didn'?t|did not|not here|no sign|isn'?t here)\b/i;
/** Served at a table, where food that never came is the floor's slowness (responsiveness), not a delivery. */
const AT_A_TABLE = /\b(?:waiter|waitress|server|our table|the table|waitstaff|dine-in|dined in)\b/i;

/**
 * "never received my order", "my parcel never arrived", "said delivered but nothing arrived": the order not brought at all is delivery by the guide, as the
 * corpus labels "Order never came" and "Food never arrived", and asked after ("Where is my food. It's been 90 minutes");
 * the English model named nothing for the bare sentence, or only the app's fault.
 * Not at a restaurant's table, and not what someone else never received ("the restaurant said they never got it").
 */
export function typesForNothingArrived(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'delivery', taxonomyTypes)) return types;
  const found = NOTHING_ARRIVED.exec(text) ?? WHERE_IS.exec(text) ?? MARKED_BUT_MISSING.exec(text);
  if (!found || AT_A_TABLE.test(text)) return types;
  return withNamedType(types, 'delivery', found[0]);
}
