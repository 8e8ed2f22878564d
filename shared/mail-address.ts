/**
 * One mail address, bare, as recipient lists hold it (configured, `--to`): no display name or
 * angle brackets, which the SMTP envelope and SES's destination take for part of the address;
 * no whitespace, control or format character (a line break adds a mail header, an escape drives
 * the terminal it is printed on, a bidi override turns it around). For a `u` regular expression.
 */
export const MAILBOX = String.raw`[^\s\p{Cc}\p{Cf}@<>,;"()\[\]\\]+@[^\s\p{Cc}\p{Cf}@<>,;"()\[\]\\]+`;
const BARE_ADDRESS = new RegExp(`^${MAILBOX}$`, 'u');

export function isBareAddress(text: string): boolean {
  return BARE_ADDRESS.test(text);
}
