import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/** A cancellation the customer made: "I cancelled", "cancelled my membership", "canceled 3 months ago". */
const CANCELLED = /\bcancell?ed\b/i;
/** The money still going after it, as a thing that goes on: "still charging my card", "keep taking $50", "still being billed". */
const STILL_CHARGED =
  /\b(?:still|keeps?|kept|continue[sd]?(?: to)?)\s+(?:on\s+)?(?:being\s+)?(?:charging|billing|debiting|taking|charged|billed|debited)\b|\b(?:still|keep|kept|continue[sd]?(?: to)?)\s+(?:charge|bill|debit|take)\s+(?:me|my|us|our|\$|£|€|money|payments?)/i;
/** The way out barred: "trying to cancel my membership", "impossible to cancel", "won't let me cancel", "trying to close my account for 6 weeks". */
const CANCEL_BARRED =
  /\b(?:(?:been |keep |kept )?trying to (?:cancel|close (?:my|our|the) account)|tried (?:\w+ )?to (?:cancel|close (?:my|our|the) account)|impossible to (?:cancel|close (?:my|our|the) account)|won'?t let (?:me|us) (?:cancel|close)|can'?t (?:even )?cancel|unable to cancel|no way to cancel|refus(?:e|ed|ing) to (?:cancel|close (?:my|our|the) account))\b/i;

/**
 * "Cancelled 3 months ago, they're still charging my card", "trying to cancel my gym membership is a nightmare": a
 * cancellation not honoured, or made impossible, is after-sales handling by the guide, and money still taken after it is
 * price_billing. The English model learnt refunds and returns for after_sales, not subscriptions, contracts and
 * memberships that go on billing. A charge told as done once ("they still charged one night") is a hotel's fee, which the
 * corpus labels by its other words: only money still going, or the way out barred, counts here.
 */
export function typesForCancellationIgnored(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  const lower = text.toLowerCase();
  if (!lower.includes('cancel') && !lower.includes('close')) return types;
  const barred = CANCEL_BARRED.exec(text);
  const cancelled = CANCELLED.exec(text);
  const still = cancelled ? STILL_CHARGED.exec(text.slice(cancelled.index)) : null;
  let found = types;
  const said = barred?.[0] ?? (still ? `${cancelled![0]}…${still[0]}` : undefined);
  if (said && mayName(found, 'after_sales', taxonomyTypes)) found = withNamedType(found, 'after_sales', said);
  if (still && mayName(found, 'price_billing', taxonomyTypes)) found = withNamedType(found, 'price_billing', said!);
  return found;
}
