import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/** The parcel's tracking stalled: "Tracking hasn't updated in 6 days", "tracking still says label created", "no tracking updates since the 2nd". */
const TRACKING_STALLED =
  /\btracking\s+(?:(?:number|info|information|page|status|link)\s+)?(?:(?:has|had|is|was)\s*n[o']?t\s+(?:been\s+)?(?:updated|changed|moved)|hasnt\s+(?:updated|changed|moved)|(?:has\s+)?not\s+(?:updated|changed|moved)|never\s+(?:updated|changed|moved)|(?:still\s+)?(?:says|shows|said|showed)\s+(?:it'?s\s+)?(?:still\s+)?(?:label created|pending|processing|in transit|awaiting|out for delivery)|(?:is\s+|has been\s+)?stuck|(?:is\s+|has been\s+)?frozen)|\bno\s+tracking\s+updates?\b/i;

/**
 * "Tracking hasn't updated since it left the facility", "tracking still says label created": the parcel not moving is
 * delivery by the guide, as the corpus labels "Tracking hasn't updated in 6 days"; the English model read nothing into
 * it. A tracking page praised ("tracking updated every hour") holds none of these.
 */
export function typesForTrackingStalled(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'delivery', taxonomyTypes) || !text.toLowerCase().includes('tracking')) return types;
  const found = TRACKING_STALLED.exec(text);
  return found ? withNamedType(types, 'delivery', found[0]) : types;
}
