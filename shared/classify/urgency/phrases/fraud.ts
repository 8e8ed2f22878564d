import { listed } from './listed.ts';

/** Fraud on the customer: the identity or the account used by someone else. */

/** The customer's identity used by someone else ("有人用我的信息开了贷款"): an incident when told, not when asked ("是不是有人冒用我的身份证"). */
export const IDENTITY_USED = listed('用我的信息|用我的身份|用了我的信息|用了我的身份|冒用我的|盗用我的|身份证被冒用|身份信息被盗用|信息被盗用');
export const IDENTITY_USED_SET: ReadonlySet<string> = new Set(IDENTITY_USED);

/**
 * Fraud on the customer's account as bank and telecom customers tell it ("three transactions I didn't make", "reported it as fraud"):
 * theft when the customer complains of it; thanks for a fraud refunded quickly is the bank's good service. The fraud team alone,
 * or a bill called fraud ("charging me after I cancelled is fraud"), names none of these.
 */
export const FRAUD_ON_ACCOUNT = ['used my credit card details', 'used my card details', 'my card had been used', 'fraudulent charges', 'fraudulent charge', 'fraudulent transactions', 'fraudulent transaction', 'reported it as fraud', 'reported them as fraud', "transactions i didn't make", "charges i didn't make", "payments i didn't make", "purchases i didn't make", 'sim swap', 'got into my bank account', 'got into my account', 'emptied my account'];
export const FRAUD_ON_ACCOUNT_SET: ReadonlySet<string> = new Set(FRAUD_ON_ACCOUNT);
