import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
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

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Lower-cased, trimmed address, or undefined when it is not an address. */
export function normaliseEmail(raw: string): string | undefined {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) && IDENTITY_VALUE.test(email) ? email : undefined;
}

/**
 * E.164 (`+8613800138000`), or undefined when it is not a valid number. Numbers without a
 * country code are read in `defaultRegion`, so `13800138000` from a Chinese form and
 * `+86 138 0013 8000` from SMS are the same identity.
 */
export function normalisePhone(raw: string, defaultRegion: string): string | undefined {
  const cleaned = raw.trim().replace(/^00/, '+');
  // The parser would skip invisible characters; a number typed with them is refused, not guessed at.
  if (cleaned.length === 0 || cleaned.length > 32 || /[\p{Cc}\p{Cf}]/u.test(cleaned)) return undefined;
  const phone = parsePhoneNumberFromString(cleaned, defaultRegion.toUpperCase() as CountryCode);
  return phone?.isValid() ? phone.number : undefined;
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
      const phone = normalisePhone(value, defaultRegion);
      return phone && identityKey('phone', phone);
    }
    case 'wechat':
    case 'wechatunion':
    case 'form':
      return isIdentityValue(value) ? identityKey(kind, value) : undefined;
    default:
      return undefined;
  }
}
