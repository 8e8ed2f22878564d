import { normaliseEmail } from './normalise.ts';

/** Something that reads as a mail address, in any width (`ｖｉｃｔｉｍ＠…` folds to one). */
const ADDRESS_LIKE = /[^\s<>()"'“”‘’「」《》,;:，；：@]+@[^\s<>()"'“”‘’「」《》,;:，；：@]+/g;
/** Something that reads as a phone number: seven digits or more, spaced or dashed as people write them. */
const NUMBER_LIKE = /\d(?:[\s().-]*\d){6,}/g;

/**
 * The name a message gives its sender, unless it names an address or number other than the
 * sender's own: `"victim@example.com" <attacker@example.net>` would show the attacker's customer
 * to support staff as the victim. A name naming the sender's own address or number stays.
 */
export function senderName(displayName: string | undefined, identities: readonly string[]): string | undefined {
  if (!displayName) return undefined;
  const folded = displayName.normalize('NFKC');
  for (const address of folded.match(ADDRESS_LIKE) ?? []) {
    const email = normaliseEmail(address.replace(/^[.]+|[.]+$/g, ''));
    if (!email || !identities.includes(`email:${email}`)) return undefined;
  }
  const phones = identities.filter((identity) => identity.startsWith('phone:')).map((identity) => identity.replace(/\D/g, ''));
  for (const number of folded.match(NUMBER_LIKE) ?? []) {
    const digits = number.replace(/\D/g, '').replace(/^0+/, '');
    if (!phones.some((phone) => phone.endsWith(digits))) return undefined;
  }
  return displayName;
}
