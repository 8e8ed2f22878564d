import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

const BAD = '(?:worst|terrible|awful|horrible|horrendous|appalling|atrocious|pathetic|shocking|useless|abysmal|disgraceful|lousy|rubbish|crap|crappy|shitty|dreadful|non-?existent)';
const SERVICE = '(?:customer service|customer support|customer care|cust(?:omer)? svc|service|support)';
/** The service condemned whole: "worst customer service ever", "customer service is a joke", "your support is useless". */
const SERVICE_FAULTED = new RegExp(String.raw`\b${BAD}\s+${SERVICE}\b|\b(?:customer service|customer support|customer care|your support|your service|the service)\s+(?:is|was|has been|are|were)\s+(?:\w+\s+)?(?:a joke|a disgrace|${BAD})\b`, 'i');
/** The types that already name who served badly and how. */
const SERVICE_TYPES = ['service_attitude', 'after_sales', 'responsiveness'];

/**
 * "@AirCo worst customer service ever", "Customer service is a joke.": the service condemned whole, with nothing else
 * told of it, is the staff's manner, service_attitude by the guide (unhelpful, unprofessional), as the corpus labels
 * "Terrible customer service. Rude at check in…"; the English model named nothing. Where the message tells what went
 * wrong with the service (a refund refused, a wait) the model's type for it stands alone.
 */
export function typesForServiceFaulted(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'service_attitude', taxonomyTypes) || types.some((t) => SERVICE_TYPES.includes(t.type))) return types;
  const found = SERVICE_FAULTED.exec(text);
  return found ? withNamedType(types, 'service_attitude', found[0]) : types;
}

/** Staff ignoring the customer: "the bartender ignored us", "Reception staff ignored us while they chatted", "server kept ignoring me". */
const STAFF_IGNORING =
  /\b(?:staff|waiter|waitress|server|bartender|barman|receptionist|reception|front desk|host|hostess|manager|driver|rider|agent|rep|cashier|employees?|workers?|guy|girl|lady|woman|man|he|she|they)\s+(?:just\s+|completely\s+|totally\s+|kept\s+|keeps\s+|basically\s+|straight up\s+)?(?:ignored|ignoring|ignores)\s+(?:us|me)\b/i;

/**
 * "overpriced drinks and the bartender ignored us": staff ignoring the customer is their manner, service_attitude by the
 * guide (爱理不理), as the corpus labels "Reception staff ignored us while they finished their conversation"; the model
 * named the price only. A request ignored in writing ("my emails were ignored") is left to the model.
 */
export function typesForStaffIgnoring(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'service_attitude', taxonomyTypes) || !text.toLowerCase().includes('ignor')) return types;
  const found = STAFF_IGNORING.exec(text);
  return found ? withNamedType(types, 'service_attitude', found[0]) : types;
}
