import type { Email } from 'postal-mime';

const ADDRESS = String.raw`[^\s<>()",;:@\\]+@[^\s<>()",;:@\\]+`;
/** `local@domain` and nothing else. */
const BARE_ADDRESS = new RegExp(String.raw`^\s*(${ADDRESS})\s*$`);
/** A display name (plain or encoded words, or one quoted string) and one angle address that ends the field. */
const NAMED_ADDRESS = new RegExp(String.raw`^\s*(?:[^<>()",;:@\\]*|"(?:[^"\\]|\\.)*")\s*<(${ADDRESS})>\s*$`);

/**
 * The address of the one From field, when it names exactly one mailbox in a plain form.
 * Undefined for a second From field, several mailboxes, groups, comments, text after the angle
 * address and the like: a receiving server's DMARC check may have read such a field differently
 * from our parser, so its verdicts do not vouch for the address we took.
 */
export function soleAuthor(email: Email): string | undefined {
  const fields = email.headers.filter((header) => header.key === 'from');
  if (fields.length !== 1) return undefined;
  const value = fields[0]!.value;
  return (BARE_ADDRESS.exec(value) ?? NAMED_ADDRESS.exec(value))?.[1];
}
