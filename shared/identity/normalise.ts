import { domainToASCII } from 'node:url';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { ConfigError } from '../config.ts';
import type { IdentityKind } from '../event.ts';

/**
 * An identity value is something a person can read and type back: no control or format
 * characters (NUL, bidi overrides, zero-width joiners), no unassigned code points, no spaces.
 * Two values that differ only in invisible characters would otherwise be two customers.
 */
const IDENTITY_VALUE = /^[^\p{C}\p{Z}\s]+$/u;

export function isIdentityValue(value: string): boolean {
  return value.length > 0 && value.length <= 256 && IDENTITY_VALUE.test(value);
}

/**
 * A web-form post that names no one, and mail a list rewrote without naming its one author, gets
 * `form:anonymous-<its id>`, a customer of its own (forms/index.ts, email/parse.ts). Nothing else
 * gives such an identity — a form's customerId, an import row, a person through the API — or a
 * message or an identity would join that anonymous poster's customer (the id can be worked out
 * from a submissionId); a lookup by it still finds them.
 */
export const ANONYMOUS_FORM_PREFIX = 'anonymous-';

export function isAnonymousFormId(value: string): boolean {
  return value.toLowerCase().startsWith(ANONYMOUS_FORM_PREFIX);
}

/** The identity of a message that names no one: its own, so no other message can join it. */
export function anonymousIdentity(feedbackId: string): string {
  return identityKey('form', `${ANONYMOUS_FORM_PREFIX}${feedbackId}`);
}

/** WeChat's openids and unionids: 28 characters of base64url in practice; any other value names no follower. */
const WECHAT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function isWechatId(value: string): boolean {
  return WECHAT_ID.test(value);
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const LATIN = /\p{Script=Latin}/u;
/** Scripts whose letters pass for Latin ones (Cyrillic а, е, о; Greek ν, ο): mixed with Latin, a spoof. */
const LATIN_LOOK_ALIKES = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
/**
 * Marks and dotless letters that make a Latin letter pass for another: `İ` lower-cases to `i` and a
 * combining dot (`vi̇ctim`), `ı` and `ȷ` read as `i` and `j`. No precomposed letter leaves a mark
 * behind after NFKC, so a Latin address with one is a disguise, not a spelling.
 */
const LATIN_DISGUISES = /[\p{M}\u0131\u0237]/u;
/** IDNA's other full stops (a Chinese input method's 。, its half-width ｡ folds to it): dots in a domain. */
const IDEOGRAPHIC_FULL_STOP = /\u3002/g;
const ASCII_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * One spelling per address, or undefined when it is not an address: full-width and other
 * compatibility forms (as a Chinese input method types them, `ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ`, or
 * `li@example。com`) folded (NFKC, 。 as a dot), lower-cased, the domain in its ASCII (IDNA) form
 * without the root's trailing dot.
 * Dots and `+tags` in the local part are kept: only the receiving domain knows whether `a.b+c@`
 * is `ab@`. A local part mixing Latin letters with Cyrillic, Greek, Armenian or Cherokee ones
 * (`mei.hаn@` with a Cyrillic а), or with marks or dotless letters (`vi̇ctim@`, `vıctim@`), is not taken:
 * it would read as another person's address (a look-alike domain shows as `xn--…`).
 */
export function normaliseEmail(raw: string): string | undefined {
  const folded = raw.normalize('NFKC').trim().toLowerCase();
  const lastAt = folded.lastIndexOf('@');
  const email = lastAt < 0 ? folded : `${folded.slice(0, lastAt)}@${folded.slice(lastAt + 1).replace(IDEOGRAPHIC_FULL_STOP, '.')}`;
  if (email.length > 254 || !EMAIL.test(email) || !IDENTITY_VALUE.test(email)) return undefined;
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  if (LATIN.test(local) && (LATIN_LOOK_ALIKES.test(local) || LATIN_DISGUISES.test(local))) return undefined;
  const domain = domainToASCII(email.slice(at + 1).replace(/\.$/, ''));
  return ASCII_DOMAIN.test(domain) ? `${local}@${domain}` : undefined;
}

/**
 * The address a mail provider authenticated, in the spelling above, or undefined when that
 * spelling would fold it into another mailbox. Passing verdicts vouch for the mailbox as written,
 * and at a provider that takes internationalised addresses `ｖｉｃｔｉｍ@`, `𝐯𝐢𝐜𝐭𝐢𝐦@` or `ⓥictim@`
 * is a mailbox of its own, which NFKC reads as `victim@`: such a sender proves nothing about
 * `victim@`. Only ASCII capitals fold in the local part (every provider reads them as one
 * mailbox); the domain is one domain in every form IDNA maps to it, DMARC's check included.
 */
export function authenticatedEmail(raw: string): string | undefined {
  const email = normaliseEmail(raw);
  const written = raw.trim();
  const at = written.lastIndexOf('@');
  if (!email || at < 0) return undefined;
  const local = written.slice(0, at).replace(/[A-Z]/g, (capital) => capital.toLowerCase());
  return email.slice(0, email.lastIndexOf('@')) === local ? email : undefined;
}

/** What a person writes a number with: digits, spaces, dashes, dots, brackets, a leading + (`(+86) 138…` too). */
const PHONE_CHARACTERS = /^\(?\+?[\p{Nd}\s().-]+$/u;

/**
 * Refuses a DEFAULT_PHONE_REGION without a numbering plan (`XX`, or `AQ`: a region, but no plan),
 * under which every number written without a country code would be refused as no number.
 */
export function assertPhoneRegion(region: string): void {
  if (!isSupportedCountry(region.toUpperCase() as CountryCode)) {
    throw new ConfigError(`invalid configuration: DEFAULT_PHONE_REGION: "${region}" is not a region with a phone numbering plan (CN, US, GB…)`);
  }
}

/**
 * E.164 (`+8613800138000`), or undefined when it is not a valid number. Numbers without a
 * country code are read in `defaultRegion`, so `13800138000` from a Chinese form and
 * `+86 138 0013 8000` from SMS are the same identity.
 */
export function normalisePhone(raw: string, defaultRegion: string): string | undefined {
  const cleaned = raw.normalize('NFKC').trim().replace(/^00/, '+');
  // The parser skips what it does not expect and reads `#`, `ext` or `;` as an extension, so
  // `+86 138 0013 8000#` became another number; anything but the characters of a number is
  // refused, not guessed at.
  if (cleaned.length === 0 || cleaned.length > 32 || !PHONE_CHARACTERS.test(cleaned)) return undefined;
  const phone = parsePhoneNumberFromString(cleaned, defaultRegion.toUpperCase() as CountryCode);
  return phone?.isValid() && !phone.ext ? phone.number : undefined;
}

/** A country code and its number, 7 to 15 digits after the `+`: E.164's shape, whatever numbering plans say. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * E.164 for a number given with its `+`, as an SMS provider gives the sender it delivered from:
 * normalised as above when libphonenumber knows it, and otherwise (new ranges, fictional 555
 * numbers) kept in the form libphonenumber writes it, since dropping the message would lose the
 * customer's words. Its writing drops a trunk prefix written after the country code, as for known
 * numbers (`+44 (0)7700 900123` and `+44 7700 900123` are one key, not two); what it cannot write
 * stably is kept as its digits. The API reads every `phone:` it is given by this rule too, so
 * every number a provider kept can be looked up, added and removed as the same identity. A number
 * without its `+` (a national one, or `00…`) is judged by its numbering plan alone: typed into a
 * form, a placeholder or a date of the right length is no phone.
 */
export function normaliseE164Phone(raw: string, defaultRegion: string): string | undefined {
  const known = normalisePhone(raw, defaultRegion);
  if (known) return known;
  const written = raw.normalize('NFKC').trim();
  if (written.length > 32 || !PHONE_CHARACTERS.test(written)) return undefined;
  const compact = written.replace(/[\s().-]/g, '');
  if (!E164.test(compact)) return undefined;
  const written164 = writtenByLibphonenumber(compact);
  // Taken only where writing it again changes nothing: a run of zeros would lose one per reading,
  // and a stored key must read back as itself.
  return written164 !== undefined && writtenByLibphonenumber(written164) === written164 ? written164 : compact;
}

function writtenByLibphonenumber(e164: string): string | undefined {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed && !parsed.ext && E164.test(parsed.number) ? parsed.number : undefined;
}

export function identityKey(kind: IdentityKind, value: string): string {
  return `${kind}:${value}`;
}

/** Normalises a `kind:value` key given by an API caller; undefined when it is malformed. */
export function normaliseIdentityKey(key: string, defaultRegion: string): string | undefined {
  const separator = key.indexOf(':');
  if (separator <= 0) return undefined;
  const kind = key.slice(0, separator);
  const value = key.slice(separator + 1).trim();
  if (!value || value.length > 256) return undefined;
  switch (kind) {
    case 'email': {
      const email = normaliseEmail(value);
      return email && identityKey('email', email);
    }
    case 'phone': {
      const phone = normaliseE164Phone(value, defaultRegion);
      return phone && identityKey('phone', phone);
    }
    case 'wechat':
    case 'wechatunion':
      return isWechatId(value) ? identityKey(kind, value) : undefined;
    case 'form':
      return isIdentityValue(value) ? identityKey(kind, value) : undefined;
    default:
      return undefined;
  }
}
