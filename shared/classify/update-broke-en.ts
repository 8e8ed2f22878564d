import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/** A software update named as the time or the cause: "since the update", "after the latest update", "the update deleted…". */
const UPDATE = /\b(?:(?:since|after)\s+(?:the|this|your|their|that|an?)?\s*(?:last|latest|new|recent|most recent)?\s*(?:app\s+|software\s+|ios\s+|android\s+|firmware\s+)?update|(?:the|this|your|latest|last|new)\s+(?:app\s+|software\s+)?update\s+(?:broke|deleted|wiped|removed|erased|ruined|killed|reset|messed|moved|lost|logged))\b/i;
/** A fault told in the update's sentence. */
const FAULT = /\b(?:stopped working|not working|doesn'?t work|won'?t|can'?t|cannot|crash\w*|freez\w*|frozen|glitch\w*|bug\w*|broke\w*|lost|deleted|wiped|erased|missing|gone|disappeared|logged (?:me )?out|slow|keeps?|unusable|ruined|messed|moved|removed|reset)\b/i;

/**
 * "The sync stopped working after the last update", "my playlists are gone since the latest update": an update that
 * broke something is the company's software misbehaving, digital_experience by the guide, as the corpus labels every
 * complaint of an update. The English model read "stopped working" as product_quality alone. An update praised
 * ("so much better since the update") tells no fault.
 */
export function typesForUpdateBroke(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'digital_experience', taxonomyTypes) || !text.toLowerCase().includes('update')) return types;
  for (const sentence of text.split(/(?<=[.!?\n])\s+/)) {
    const update = UPDATE.exec(sentence);
    if (update && FAULT.test(sentence)) return withNamedType(types, 'digital_experience', update[0]);
  }
  return types;
}
