import { normaliseEmail } from '../identity/normalise.ts';

/**
 * One spelling per recipient, for telling whether two lists name the same people: case, full-width
 * forms and a domain's Unicode or ASCII (IDNA) form aside (`normaliseEmail`), else lower-cased.
 */
export function recipientKey(address: string): string {
  return normaliseEmail(address) ?? address.trim().toLowerCase();
}

/** The list without a second spelling of an address already on it, in its order: nobody gets a mail twice. */
export function distinctRecipients(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = recipientKey(address);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
