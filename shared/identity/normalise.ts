import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { IdentityKind } from '../event.ts';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Lower-cased, trimmed address, or undefined when it is not an address. */
export function normaliseEmail(raw: string): string | undefined {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}

/**
 * E.164 (`+8613800138000`), or undefined when it is not a valid number. Numbers without a
 * country code are read in `defaultRegion`, so `13800138000` from a Chinese form and
 * `+86 138 0013 8000` from SMS are the same identity.
 */
export function normalisePhone(raw: string, defaultRegion: string): string | undefined {
  const cleaned = raw.trim().replace(/^00/, '+');
  if (cleaned.length === 0 || cleaned.length > 32) return undefined;
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
      return /^\S+$/.test(value) ? identityKey(kind, value) : undefined;
    default:
      return undefined;
  }
}
