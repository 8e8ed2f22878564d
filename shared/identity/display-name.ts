import { asOneLine, hasVisibleText } from '../text.ts';
import { normaliseEmail } from './normalise.ts';
import type { Customer, FeedbackRecord, MergeRecord } from '../model.ts';

/** Something that reads as a mail address, in any width (`ｖｉｃｔｉｍ＠…` folds to one). */
const ADDRESS_LIKE = /[^\s<>()"'“”‘’「」《》,;:，；：@]+@[^\s<>()"'“”‘’「」《》,;:，；：@]+/g;
/**
 * Something that reads as a phone number: seven digits or more, in groups apart by up to three
 * characters that are neither letters nor digits, whichever they are (`138/0013/8000`,
 * `138–0013–8000`, `138、0013、8000`): a reader sees the number through any of them.
 */
const NUMBER_LIKE = /\d(?:[^\p{L}\p{N}]{0,3}\d){6,}/gu;
/** Invisible (zero-width spaces, soft hyphens, bidi controls): between digits they hide nothing from a reader. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** A space beside an address's `@` or dot leaves it the same address to a reader (`victim @example.com`). */
const SPACED_ADDRESS_SIGN = /\s*([@.])\s*/g;
const DECIMAL_DIGIT = /\p{Nd}/gu;
/**
 * Bidi embeddings, overrides and isolates, with their terminators: a name is shown inside lines
 * we write (the console, digests, exports), and an unterminated U+202E there reverses what follows
 * it, the message or the next column (`\u202Eevil`). The marks (LRM, RLM, ALM) stay: they reorder
 * nothing beyond themselves and a right-to-left name can need them.
 */
const BIDI_SCOPES = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * The name as a reader takes it in: compatibility forms folded, invisible characters gone, every
 * script's digits (Arabic-Indic `١٣٨…` too, which NFKC leaves as they are) as ASCII ones.
 */
function asRead(displayName: string): string {
  return displayName.normalize('NFKC').replace(FORMAT_CHARACTERS, '').replace(DECIMAL_DIGIT, asciiDigit);
}

/** Unicode encodes every script's decimal digits as runs 0–9 in order, so a digit's value is its place in its run. */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  let place = 0;
  while (place < 9 && /\p{Nd}/u.test(String.fromCodePoint(codePoint - place - 1))) place += 1;
  return String(place);
}

/**
 * What a shown name never carries: format characters (bidi embeddings, overrides, isolates and
 * marks, zero-width spaces, word joiners, soft hyphens, byte-order marks, tags) reorder what
 * follows or hide characters, so two names that read alike differ, or one reads as another.
 * The zero-width joiner and non-joiner stay: emoji sequences and Persian or Indic names need them,
 * and they neither reorder nor hide anything.
 */
const NOT_SHOWN = /(?![\u200c\u200d])\p{Cf}/gu;

/**
 * A stored name as the API, the console and the digests show it: on one line, without format
 * characters, or none when nothing visible is left. Names stored before they were cleaned on
 * the way in may hold any of them, so every answer and digest reads names through this.
 */
export function shownName(stored: string | undefined): string | undefined {
  const shown = stored === undefined ? undefined : asOneLine(stored.replace(NOT_SHOWN, ''));
  return shown && hasVisibleText(shown) ? shown : undefined;
}

/**
 * The name a message gives its sender, without bidi scopes, unless it names an address or number
 * other than the sender's own: `"victim@example.com" <attacker@example.net>` would show the
 * attacker's customer to support staff as the victim. A name naming the sender's own address or
 * number stays; one of nothing a reader sees is no name.
 */
export function senderName(sent: string | undefined, identities: readonly string[]): string | undefined {
  const displayName = sent?.replace(BIDI_SCOPES, '').trim();
  if (!displayName || !hasVisibleText(displayName)) return undefined;
  const read = asRead(displayName);
  for (const address of read.replace(SPACED_ADDRESS_SIGN, '$1').match(ADDRESS_LIKE) ?? []) {
    const email = normaliseEmail(address.replace(/^[.]+|[.]+$/g, ''));
    if (!email || !identities.includes(`email:${email}`)) return undefined;
  }
  const phones = identities.filter((identity) => identity.startsWith('phone:')).map((identity) => identity.replace(/\D/g, ''));
  for (const number of read.match(NUMBER_LIKE) ?? []) {
    const digits = number.replace(/\D/g, '').replace(/^0+/, '');
    if (!phones.some((phone) => phone.endsWith(digits))) return undefined;
  }
  return displayName;
}

/**
 * The name a customer's profile shows, and whether only a claim backs it. A claimed name (a web
 * form, unverified mail) is a guess anyone could have typed: it never replaces a name a verified
 * sender gave, and it is dropped once the customer has verified evidence, so a form that squats
 * a victim's email under a name of the attacker's choosing cannot name the victim's customer.
 */
export interface ProfileName {
  displayName?: string;
  /** Set when a claim alone backs the name; absent for a verified sender's (and names kept from before this was recorded). */
  displayNameClaimed?: true;
}

type Named = Pick<Customer, 'displayName' | 'displayNameClaimed' | 'verifiedIdentities'>;

/** The profile's name after a message commits to it; undefined when it stays as it is. */
export function nameAfterMessage(current: Named, message: { displayName?: string; senderVerified?: boolean }): ProfileName | undefined {
  // Items from before senders were recorded count as verified, as their names always did.
  const verified = message.senderVerified !== false;
  if (verified && message.displayName && (!current.displayName || current.displayNameClaimed)) return { displayName: message.displayName };
  if (verified && current.displayNameClaimed) return {};
  if (!verified && message.displayName && !current.displayName && !current.verifiedIdentities?.length) return { displayName: message.displayName, displayNameClaimed: true };
  return undefined;
}

/** The survivor's name after a merge: a verified name first (the survivor's before the absorbed one's), a claimed one only while no verified evidence exists. */
export function nameAfterMerge(survivor: Named, absorbed: Named): ProfileName {
  const candidates = [survivor, absorbed].filter((customer) => customer.displayName);
  const verifiedName = candidates.find((customer) => !customer.displayNameClaimed);
  if (verifiedName) return { displayName: verifiedName.displayName! };
  const hasVerifiedEvidence = !!(survivor.verifiedIdentities?.length || absorbed.verifiedIdentities?.length);
  return candidates[0] && !hasVerifiedEvidence ? { displayName: candidates[0].displayName!, displayNameClaimed: true } : {};
}

/**
 * The name a customer's own messages give it, as the commits would have, message by message:
 * the first verified sender's name, else (while no verified evidence exists) the first claimed one.
 */
export function nameFromMessages(messages: readonly Pick<FeedbackRecord, 'displayName' | 'senderVerified' | 'processedAt'>[], verifiedIdentities: readonly string[]): ProfileName {
  let name: Named = { verifiedIdentities: [...verifiedIdentities] };
  for (const message of [...messages].sort((a, b) => a.processedAt.localeCompare(b.processedAt))) {
    const next = nameAfterMessage(name, message);
    if (next) name = { verifiedIdentities: name.verifiedIdentities, ...next };
  }
  return { ...(name.displayName ? { displayName: name.displayName } : {}), ...(name.displayNameClaimed ? { displayNameClaimed: true } : {}) };
}

type NamedMessage = Pick<FeedbackRecord, 'displayName' | 'senderVerified' | 'processedAt' | 'originalCustomerId'>;

/**
 * The name a customer's history gives it, as its commits and merges made it one after the other:
 * its own messages, and the merges into it that stand (each absorbed customer named as its own
 * messages before the merge named it). An undo derives each side's name this way, so a side
 * reads as if the undone merge had never been made.
 */
export function nameFromHistory(customerId: string, messages: readonly NamedMessage[], merges: readonly MergeRecord[], verifiedIdentities: readonly string[]): ProfileName {
  type Step = { at: string; message?: NamedMessage; absorbed?: Named };
  const steps: Step[] = [
    ...messages.filter((message) => message.originalCustomerId === customerId).map((message): Step => ({ at: message.processedAt, message })),
    ...merges
      .filter((merge) => merge.survivorId === customerId && !merge.undoneAt)
      .map((merge): Step => {
        const before = messages.filter((message) => message.originalCustomerId === merge.absorbedId && message.processedAt < merge.mergedAt);
        return { at: merge.mergedAt, absorbed: { ...nameFromMessages(before, merge.absorbedVerifiedIdentities), verifiedIdentities: merge.absorbedVerifiedIdentities } };
      }),
  ].sort((a, b) => a.at.localeCompare(b.at));
  let name: Named = { verifiedIdentities: [...verifiedIdentities] };
  for (const step of steps) {
    const next = step.message ? nameAfterMessage(name, step.message) : nameAfterMerge(name, step.absorbed!);
    if (next) name = { verifiedIdentities: name.verifiedIdentities, ...next };
  }
  return { ...(name.displayName ? { displayName: name.displayName } : {}), ...(name.displayNameClaimed ? { displayNameClaimed: true } : {}) };
}
