import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalisePhone } from '../identity/normalise.ts';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A sender number from an authenticated SMS provider, in E.164. Numbers libphonenumber knows are
 * normalised as everywhere else; a number it does not know (new ranges, fictional 555 numbers in
 * test traffic) is still kept when the provider already gave it in E.164, since dropping the
 * message would lose the customer's words.
 */
export function providerPhone(raw: string, defaultRegion: string): string | undefined {
  const known = normalisePhone(raw, defaultRegion);
  if (known) return known;
  const compact = raw.trim().replace(/[\s-]/g, '');
  return E164.test(compact) ? compact : undefined;
}

/**
 * A sender number a provider gives as a calling code and a mobile number (Tencent's `nationcode`
 * and `mobile`), in E.164. The mobile may come national (`13800138000`, `013800138000`) or with
 * the calling code already in it (`8613800138000`, `+8613800138000`), and the code as `86`, `+86`
 * or `0086`: one number is one identity however it is written, as it is from Twilio or a form.
 */
export function providerNationalPhone(callingCode: string, mobile: string, defaultRegion: string): string | undefined {
  const code = callingCode.trim().replace(/^(\+|00)/, '');
  const national = inCallingCode(mobile.trim(), code);
  if (national?.isValid() && !national.ext) return national.number;
  return providerPhone(mobile.trim().startsWith('+') ? mobile : `+${code}${mobile.trim()}`, defaultRegion);
}

/** The parser throws, rather than answering undefined, for a calling code no country has (`0`, `999`). */
function inCallingCode(mobile: string, callingCode: string) {
  try {
    return parsePhoneNumberFromString(mobile, { defaultCallingCode: callingCode });
  } catch {
    return undefined;
  }
}
