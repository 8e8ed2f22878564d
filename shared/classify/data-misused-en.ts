import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType } from './named-type.ts';

/** Marketing that goes on after the customer left: "I deleted my account and you're still emailing me", "unsubscribed 3 times, still getting texts". */
const LEFT = /\b(?:unsubscribed|opted out|deleted my account|closed my account|asked (?:you |them )?to (?:be removed|remove me|stop))\b/i;
const STILL_SENT = /\b(?:still|keep|keeps|kept)\s+(?:getting|receiving|emailing|texting|calling|messaging|spamming|sending)\b/i;
/** The customer's data in other hands: "how did a third party get my email", "sold my number", "who gave them my address". */
const DATA_PASSED = /\bhow (?:did|does|do|has|have)\s+(?:a |some |the )?(?:third[- ]part(?:y|ies)|random|strangers?|they|them|these people|scammers?|spammers?|another company|other companies)\s+(?:\w+\s+)?(?:got|get|gotten|have|has)\s+my\s+(?:email|e-mail|number|phone number|address|details|data|info)\b|\bwho (?:gave|sold|passed)\s+(?:\w+\s+)?my\s+(?:email|e-mail|number|phone number|address|details|data|info)\b/i;

/**
 * "I deleted my account and you're still emailing me. How did a third party get my email from you?": marketing after the
 * customer left, or the customer's data in other hands, is personal-data misuse, privacy_security by the guide. The
 * English lists name spam calls and leaked data, and the model passed these over.
 */
export function typesForDataMisused(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, 'privacy_security', taxonomyTypes)) return types;
  const left = LEFT.exec(text);
  const still = left ? STILL_SENT.exec(text.slice(left.index)) : null;
  const found = still ? `${left![0]}…${still[0]}` : DATA_PASSED.exec(text)?.[0];
  return found ? withNamedType(types, 'privacy_security', found) : types;
}
