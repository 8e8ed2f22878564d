import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const SOMEONE = String.raw`(?:anyone|anybody|someone|somebody|a human|a person|a real person|a live person|an agent|a manager|customer service|customer support|support|your support|the support team|them|you|you guys)`;
/** The business out of reach: "can't get through to anyone", "the phone line is always busy", "no way to talk to a human", "nobody picks up". */
const UNREACHABLE = new RegExp(
  String.raw`\b(?:can'?t|cant|cannot|couldn'?t|couldnt|could not|unable to|impossible to|no way to|never able to)\s+(?:(?:get\s+(?:through|hold of)(?:\s+to)?|reach|contact|talk to|speak to|speak with|talk with)\s+${SOMEONE})\b(?!\s+(?:without|except|unless))|\b(?:phone|line|number|hotline)\s+(?:is|was)\s+(?:always\s+|constantly\s+)?(?:busy|engaged)\b|\b(?:nobody|no one|noone)\s+(?:ever\s+)?(?:has\s+|have\s+)?(?:answers|answered|picks up|picked up|calls back|called (?:me )?back|replies|replied|responds|responded|called me back|got back to me|gotten back to me|gets back to you)\b`,
  'i',
);

/**
 * "can't get through to anyone", "the phone line is always busy", "chat bot is useless, can't talk to a human": the
 * business out of reach is slow response by the business itself, responsiveness by the guide (电话没人接). The
 * English model knew "on hold" and waits counted, and named nothing for these. A way to a human named ("no way to reach
 * a human without calling") is the app's fault, not the business out of reach.
 */
export function typesForUnreachable(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'responsiveness', taxonomyTypes)) return types;
  const found = UNREACHABLE.exec(text);
  return found ? withNamedType(types, 'responsiveness', found[0]) : types;
}
