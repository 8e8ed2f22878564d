import { shownName } from '../identity/display-name.ts';
import { foldText, writtenSpan, type FoldedText } from './folded-text.ts';

/**
 * Masks personal data in customer text before it leaves the system in a digest email:
 * e-mail addresses, phone numbers, Chinese resident ID numbers (18 digits, last may be X) and
 * bank-card numbers, found in the text as a reader takes it in (folded: full-width forms as ASCII,
 * invisible characters gone; see folded-text.ts). Any run of 7 or more digits, with up to three
 * characters that are neither letters nor digits between two of them, keeps only its last 4
 * digits: that covers all four kinds without guessing which one it is, at the price of also
 * masking long order numbers, dates with times and large amounts, which is the safe side for an
 * email that is forwarded around.
 */

/** Digit words a number is typed or read out with in Chinese: 〇 or 零 to 九, 幺 (a spoken 1), the financial forms. */
const CHINESE_DIGITS = '〇零一二三四五六七八九幺壹贰貳叁參肆伍陆陸柒捌玖';
const DIGIT = `[\\p{Nd}${CHINESE_DIGITS}]`;
/**
 * Whatever people put between digit groups: spaces, dashes, dots, slashes, brackets, commas and
 * enumeration commas (`(138) 0013-8000`, `138，0013，8000`, `138、0013、8000`). A reader sees the
 * number through any of them, so anything but a letter or a digit separates.
 */
const DIGIT_SEPARATOR = '[^\\p{L}\\p{N}]';
/**
 * A resident ID: 17 digits and a check character; only there is a trailing X part of the number,
 * written against the last digit or after the space or dash its groups are written with
 * (`110105 19491231 002X`), not after any mark (`…567?x` ends a sentence).
 */
const ID_NUMBER = `(?<!${DIGIT})${DIGIT}(?:${DIGIT_SEPARATOR}{0,3}${DIGIT}){16}[\\s\\-]?[Xx](?![A-Za-z])`;
const LONG_DIGIT_RUN = `\\+?${DIGIT}(?:${DIGIT_SEPARATOR}{0,3}${DIGIT}){6,}`;
const DIGIT_RUN = new RegExp(`${ID_NUMBER}|${LONG_DIGIT_RUN}`, 'gu');
const ONE_DIGIT = new RegExp(DIGIT, 'gu');
const VISIBLE_TRAILING_DIGITS = 4;

/**
 * A local part's characters: RFC 5322's, and letters and digits of every script (`张伟@`, as
 * internationalised mail allows). `*` is among them, so an address masked once is recognised,
 * not masked again.
 */
const LOCAL_PART_CHARACTER = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~.-]$/u;
/**
 * The domain after an `@` (a space on either side of the `@` leaves one address to a reader:
 * `li.lei @ example.com`): labels of any script joined by dots (`.`, or a Chinese input method's
 * `。`), the last of two letters or more.
 */
const DOMAIN = /\s?((?:[\p{L}\p{M}\p{N}-]+[.。])+(?:\p{L}\p{M}*){2,})/uy;
const WHITESPACE = /^\s$/u;

interface Address {
  /** Folded units `[start, end)`. */
  start: number;
  end: number;
  local: string;
  domain: string;
}

export function maskPersonalData(text: string): string {
  const folded = foldText(text);
  const replacements: { from: number; to: number; text: string }[] = [];
  let searchedTo = 0;
  // Digits are looked for between addresses only, so the digits of a domain stay as they are.
  for (const address of [...addressesIn(folded.text), undefined]) {
    const between = folded.text.slice(searchedTo, address?.start ?? folded.text.length);
    for (const run of between.matchAll(DIGIT_RUN)) {
      const span = writtenSpan(folded, searchedTo + run.index, searchedTo + run.index + run[0].length);
      replacements.push({ ...span, text: maskedDigits(folded.pieces.slice(span.from, span.to), folded.written.slice(span.from, span.to)) });
    }
    if (!address) break;
    replacements.push({ ...writtenSpan(folded, address.start, address.end), text: maskedAddress(address.local, address.domain) });
    searchedTo = address.end;
  }
  return applied(folded, replacements);
}

/**
 * Every address in folded text, found from its `@`s: back over the local part, forward over the
 * domain. Each scan stops at the next `@` either way, so hostile input costs linear time (a pattern
 * starting at every character would rescan a long run of letters once for each of them).
 */
function addressesIn(text: string): Address[] {
  const found: Address[] = [];
  let previousAt = -1;
  for (let at = text.indexOf('@'); at >= 0; previousAt = at, at = text.indexOf('@', at + 1)) {
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    const localEnd = at > previousAt + 1 && WHITESPACE.test(text[at - 1] ?? '') ? at - 1 : at;
    const start = localPartStart(text, localEnd, previousAt + 1);
    if (!domain || start === localEnd) continue;
    const address = { start, end: DOMAIN.lastIndex, local: text.slice(start, localEnd), domain: domain[1] ?? '' };
    const last = found[found.length - 1];
    // `a@b.com.c@d.com`: the first domain runs into the second local part; one masked address covers both.
    if (last && start < last.end) Object.assign(last, { end: address.end, domain: address.domain });
    else found.push(address);
  }
  return found;
}

function localPartStart(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit) {
    const width = isLowSurrogate(text.charCodeAt(start - 1)) && start - 2 >= limit ? 2 : 1;
    if (!LOCAL_PART_CHARACTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** `l***@example.com`: the local part's first character and the domain, as read. */
function maskedAddress(local: string, domain: string): string {
  return `${[...local][0] ?? ''}***@${domain}`;
}

/**
 * A digit run as written, each character that holds digits (or an ID's X) masked but for the last
 * four digits; separators stay. A character folding to several digits (`⑩`) is shown only when
 * all of them fit in the four.
 */
function maskedDigits(pieces: string[], written: string[]): string {
  let visible = VISIBLE_TRAILING_DIGITS;
  const shown = [...written];
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index] ?? '';
    const digits = piece.match(ONE_DIGIT)?.length ?? 0;
    const checkCharacter = /[Xx]/.test(piece);
    if (digits === 0 && !checkCharacter) continue;
    if (!checkCharacter && digits <= visible) visible -= digits;
    else {
      shown[index] = '*';
      if (!checkCharacter) visible = 0;
    }
  }
  return shown.join('');
}

/** The written text with each span replaced; spans come in order and never overlap. */
function applied(folded: FoldedText, replacements: { from: number; to: number; text: string }[]): string {
  let result = '';
  let copiedTo = 0;
  for (const { from, to, text } of replacements) {
    result += folded.written.slice(copiedTo, from).join('') + text;
    copiedTo = to;
  }
  return result + folded.written.slice(copiedTo).join('');
}

/**
 * A phone or e-mail identity (`phone:+8613800138000`, `email:张伟@example.com`) as a digest shows
 * a customer who never gave a name. It is personal data as a whole, so it is masked by its kind,
 * not by looking for what reads as an address or a number in it.
 */
export function maskedContact(identity: string): string {
  const value = identity.slice(identity.indexOf(':') + 1);
  if (!identity.startsWith('email:')) return maskedDigits([...value].map((character) => character.normalize('NFKC')), [...value]);
  const at = value.lastIndexOf('@');
  return at > 0 ? maskedAddress(value.slice(0, at), value.slice(at + 1)) : '***';
}

/** A stored name as a digest shows it: as every answer shows it (`shownName`), then masked; none when nothing visible is left. */
export function maskedStoredName(stored: string | undefined): string | undefined {
  const shown = shownName(stored);
  return shown === undefined ? undefined : maskName(shown);
}

/** `张三丰` → `张**`, `Alice` → `A****`: enough for a manager to tell customers apart. */
export function maskName(name: string): string {
  const [first = '', ...rest] = [...readable(name)];
  return first + '*'.repeat(Math.min(rest.length, 4));
}

/**
 * Format characters (zero-width spaces and joiners, soft hyphens, word joiners, bidi embeddings,
 * overrides and isolates, byte-order marks): invisible, nothing a manager needs to read, and an
 * override turns the rest of a digest line backwards.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Customer text as a digest line shows it: format characters out, every whitespace run one space. */
function readable(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** Made readable, then masked, then shortened, so neither a separator nor a cut can leave part of a number unmasked. */
export function maskedExcerpt(text: string, maxCharacters: number): string {
  const characters = [...maskPersonalData(readable(text))];
  return characters.length <= maxCharacters ? characters.join('') : `${characters.slice(0, maxCharacters - 1).join('')}…`;
}
