import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normaliseE164Phone } from '../identity/normalise.ts';

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
  return normaliseE164Phone(mobile.trim().startsWith('+') ? mobile : `+${code}${mobile.trim()}`, defaultRegion);
}

/** The parser throws, rather than answering undefined, for a calling code no country has (`0`, `999`). */
function inCallingCode(mobile: string, callingCode: string) {
  try {
    return parsePhoneNumberFromString(mobile, { defaultCallingCode: callingCode });
  } catch {
    return undefined;
  }
}
