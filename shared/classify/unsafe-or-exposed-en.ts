import type { ComplaintTypeScore } from './complaint-types.ts';
import { ENGLISH_NEGATOR_PATTERN } from './en-negators.ts';
import { mayName, withNamedType } from './named-type.ts';

/**
 * Safety or privacy said outright in English: "my car got broken into", "I felt really unsafe", "the app shows other
 * customers' names", "huge privacy issue", "our data was leaked". The model, trained on hotels and food, takes the car
 * park for environment and the ride for delivery; the guide names theft, unsafe premises and leaked data privacy_security.
 * Not when denied ("never once felt unsafe", "no privacy issue").
 */
const SAID = /\b(?:(?:got|was|were|been|get)\s+broken\s+into|felt\s+(?:(?:really|so|very|quite|totally|completely)\s+)?unsafe|privacy\s+(?:issue|breach|violation|concern)|other\s+(?:customers?|people|users)'?s?'?\s+(?:names?|details|addresses|orders?|info|information|data|cards?)|(?:data|details|information)\s+(?:was|were|got|has been|have been)\s+(?:leaked|exposed|stolen|compromised))\b/i;
const DENIED = new RegExp(`\\b(?:${ENGLISH_NEGATOR_PATTERN})\\s+(?:\\w+\\s+){0,2}$`, 'i');

export function typesForUnsafeOrExposed(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'privacy_security', taxonomyTypes)) return types;
  const found = SAID.exec(text);
  if (found === null || DENIED.test(text.slice(Math.max(0, found.index - 30), found.index))) return types;
  return withNamedType(types, 'privacy_security', found[0]);
}
