import type { ComplaintTypeScore } from './complaint-types.ts';
import { withoutType } from './named-type.ts';

const FEW = String.raw`(?:[1-5]|one|two|three|four|five|a few|a couple(?: of)?)\s*(?:mins?|minutes?|secs?|seconds?)`;
const TEN = String.raw`(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)\s*(?:mins?|minutes?|secs?|seconds?)`;
/** Speed praised: "Check-in took 2 minutes", "rebooked me within ten minutes", "sorted in under 5 mins". */
const QUICK = new RegExp(String.raw`\b(?:took\s+(?:them\s+|him\s+|her\s+|us\s+|me\s+)?(?:only\s+|just\s+|about\s+|like\s+)?${FEW}|(?:within|in under|under|in less than|less than|in just|in only)\s+${TEN}|in\s+(?:like\s+)?${FEW})\b`, 'i');
/** Any wait or slowness told beside it, which keeps the model's responsiveness. */
const SLOW =
  /\b(?:wait\w*|slow\w*|forever|ages|queue\w*|hours?|hrs?|took (?:\d{2,}|an? hour|half an hour|twenty|thirty|forty|fifty)|unanswered|ignored|chase\w*|(?:no ?one|nobody|never) (?:answer|came|come|pick|call|respond|replie|got back|heard)\w*|still (?:no|not|waiting))\b/i;

/**
 * "Perfect stay. Check-in took 2 minutes and they upgraded us", "your agent rebooked me within ten minutes": the
 * business fast is praise, but the English model reads the minutes counted as a wait and names responsiveness.
 * Dropped in a satisfied message whose only time told is short, with no wait or slowness beside it.
 */
export function typesForQuickService(types: ComplaintTypeScore[], text: string, positive: boolean): ComplaintTypeScore[] {
  if (!positive || !types.some((t) => t.type === 'responsiveness') || !QUICK.test(text) || SLOW.test(text)) return types;
  return withoutType(types, 'responsiveness');
}
