import type { ComplaintTypeScore } from './complaint-types.ts';
import { mayName, withNamedType, withoutType } from './named-type.ts';
import { SUPPOSED } from './negation.ts';
import { clauseBefore } from './sentences.ts';

const SAFETY_TYPE = 'privacy_security';

/** The account used by someone else: 账号在异地被登录了, 异地登录, 账户被人盗了, 身份被冒用. */
const ACCOUNT_TAKEN = /(?:账号|账户|帐号|帐户)[^，,。！？!?；;\n没不]{0,4}?被(?:人)?(?:盗|异地登录|登录|登陆|冒用)|异地(?:被)?登(?:录|陆)|(?:身份|信息)被(?:人)?(?:冒用|盗用)/;
/** Denied, or advice against it (提醒我防止账号被盗). */
const NOT_TAKEN = /没有?$|不会$|防止|以防|谨防|小心|注意/;

/**
 * "我的账号在异地被登录了，绑的卡被刷了三千": an account used by someone else is the guide's privacy_security (the
 * taxonomy's stolen accounts), as the corpus labels 账号被盗了; the model read the money gone as a refund matter. Not
 * denied or only advised against.
 */
export function typesForAccountTaken(types: ComplaintTypeScore[], text: string, taxonomyTypes: readonly string[]): ComplaintTypeScore[] {
  if (!mayName(types, SAFETY_TYPE, taxonomyTypes)) return types;
  const found = ACCOUNT_TAKEN.exec(text);
  if (!found) return types;
  const before = clauseBefore(text, found.index);
  if (NOT_TAKEN.test(before) || SUPPOSED.test(before)) return types;
  return withNamedType(types, SAFETY_TYPE, found[0]);
}

/** Staff warning the customer against fraud (还提醒我注意诈骗, 提醒我们小心骗子): care, no fraud suffered. */
const FRAUD_WARNING = /提醒[^，,。！？!?；;\n]{0,4}?(?:注意|小心|谨防|防范|警惕)[^，,。！？!?；;\n]{0,3}?(?:诈骗|骗子|电诈|骗局)/;
/** Anything else that tells of personal data or safety at stake. */
const SAFETY_TOLD = /泄露|泄漏|被盗|盗刷|骚扰|冒充|被骗|诈骗电话|诈骗短信|偷|隐私|不安全/;

/**
 * "银行工作人员…还提醒我注意诈骗": a warning against fraud is the staff's care, no privacy_security, but the model
 * read the type into 诈骗. Dropped when nothing else tells of data or safety at stake.
 */
export function typesForFraudWarningNotPrivacy(types: ComplaintTypeScore[], text: string): ComplaintTypeScore[] {
  if (!types.some((t) => t.type === SAFETY_TYPE)) return types;
  const found = FRAUD_WARNING.exec(text);
  if (!found || SAFETY_TOLD.test(text.replace(found[0], '，'))) return types;
  return withoutType(types, SAFETY_TYPE);
}
