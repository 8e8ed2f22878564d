import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';
import { holdsAnyPhrase } from './phrase-set.ts';
import { FRAUD_ON_ACCOUNT } from './urgency/phrases/fraud.ts';

/**
 * "3 transactions on my account I didn't make, I reported it as fraud", "someone got into my account": money or an
 * account taken is privacy_security by the guide (stolen accounts, unauthorised transactions), in the words urgency
 * reads as theft. The English model knew "hacked" and "unauthorized" only. In a complaint only: thanks for fraudulent
 * charges refunded quickly is labelled with no type.
 */
export function typesForFraudOnAccount(types: ComplaintTypeScore[], text: string, negative: boolean, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!negative || !mayName(types, 'privacy_security', taxonomyTypes)) return types;
  const lower = text.toLowerCase();
  if (!holdsAnyPhrase(lower, FRAUD_ON_ACCOUNT)) return types;
  return withNamedType(types, 'privacy_security', FRAUD_ON_ACCOUNT.find((phrase) => lower.includes(phrase))!);
}
