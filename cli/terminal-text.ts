/**
 * Text from files and stores, as a terminal may show it: control characters (an ESC starting a
 * sequence that retitles the window, clears the screen or writes the clipboard; a line break that
 * forges a row) and bidi overrides written as escapes, everything else as it is.
 */
const UNSHOWABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function shownInTerminal(text: string): string {
  return text.replace(UNSHOWABLE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}
