/**
 * Text we can store, queue and send on: no NUL (SMTP and many consumers refuse it) and no
 * unpaired UTF-16 surrogate (not Unicode at all: JSON escapes like "\ud800", or a cut through a
 * pair, would otherwise travel to the store, the queue and the digests as invalid text).
 */
const NOT_STORABLE = /\p{Cs}|\u0000/u;

/** What a refusal says about such a field, after its name. */
export const UNSTORABLE_TEXT = 'holds a NUL character or an unpaired UTF-16 surrogate, which is not text';

export function isStorableText(text: string): boolean {
  return !NOT_STORABLE.test(text);
}

/**
 * Something a person sees: whitespace, control and format characters (zero-width spaces and
 * joiners, bidi marks, a byte-order mark) alone are a message with nothing in it.
 */
const VISIBLE = /[^\p{Cc}\p{Cf}\p{Z}\s]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * Bidi controls (the right-to-left override and its kin) say how to lay text out, nothing of what
 * it says: in a name or a quote they turn the wording around them.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Line breaks, tabs and the other control characters, and Unicode's line and paragraph separators. */
const BREAKS_A_LINE = /\s*[\p{Cc}\u2028\u2029]+\s*/gu;

/**
 * A one-line field (a sender's name, a subject) kept on one line: a name with a line break in it
 * starts a line of its own in a plain-text digest or a log, where it can pass for one we wrote.
 */
export function asOneLine(text: string): string {
  return text.replace(BREAKS_A_LINE, ' ').trim();
}

/** The first `length` UTF-16 units of `text`, one less when the cut would split a surrogate pair. */
export function clipText(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** The path of the first string in `value` (keys included) that is not storable text, if any. */
export function findUnstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || 'value';
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) return childPath;
    const found = findUnstorableText(child, childPath);
    if (found) return found;
  }
  return undefined;
}

/** Text as characters inside HTML, in an element or a quoted attribute: markup never survives it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
