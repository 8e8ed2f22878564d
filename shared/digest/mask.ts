import { shownName } from '../identity/display-name.ts';

/**
 * Masks personal data in customer text before it leaves the system in a digest email:
 * e-mail addresses, phone numbers, Chinese resident ID numbers (18 digits, last may be X) and
 * bank-card numbers. Any run of 7 or more digits (ASCII or full-width, optionally separated by
 * single spaces or hyphens) keeps only its last 4 digits: that covers all four kinds without
 * guessing which one it is, at the price of also masking long order numbers, which is the safe
 * side for an email that is forwarded around.
 */
const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** `*` is allowed in the local part so that an address masked once is recognised, not re-masked. */
const EMAIL = '[A-Za-z0-9._%+*-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})';
/** A resident ID: 17 digits and a check character; only there is a trailing X part of the number. */
const ID_NUMBER = `(?<!${DIGIT})${DIGIT}{17}[Xx](?![A-Za-z])`;
/**
 * Digit groups as people separate them: spaces, hyphens, dots, slashes, middle dots, brackets
 * (`(138) 0013-8000`, `138.0013.8000`, `138 - 0013 - 8000`); up to three such characters between
 * two digits.
 */
const DIGIT_SEPARATOR = '[ \\-./·()（）]';
const LONG_DIGIT_RUN = `\\+?${DIGIT}(?:${DIGIT_SEPARATOR}{0,3}${DIGIT}){6,}`;
/** One pass, so the digits of an address's domain are never taken for a phone number. */
const PERSONAL_DATA = new RegExp(`${EMAIL}|${ID_NUMBER}|${LONG_DIGIT_RUN}`, 'g');
const SINGLE_DIGIT = new RegExp(DIGIT);
const VISIBLE_TRAILING_DIGITS = 4;

export function maskPersonalData(text: string): string {
  return text.replace(PERSONAL_DATA, (match, domain: string | undefined) =>
    domain === undefined ? maskDigitRun(match) : `${match[0]}***@${domain}`,
  );
}

function maskDigitRun(run: string): string {
  const characters = [...run];
  // The ID check character X counts as a digit to hide.
  const isSecret = (character: string) => SINGLE_DIGIT.test(character) || character === 'X' || character === 'x';
  let visible = VISIBLE_TRAILING_DIGITS;
  for (let index = characters.length - 1; index >= 0; index -= 1) {
    const character = characters[index] ?? '';
    if (!isSecret(character)) continue;
    if (visible > 0 && SINGLE_DIGIT.test(character)) visible -= 1;
    else characters[index] = '*';
  }
  return characters.join('');
}

/** `张三丰` → `张**`, `Alice` → `A****`: enough for a manager to tell customers apart. */
/** A stored name as a digest shows it: as every answer shows it (`shownName`), then masked; none when nothing visible is left. */
export function maskedStoredName(stored: string | undefined): string | undefined {
  const shown = shownName(stored);
  return shown === undefined ? undefined : maskName(shown);
}

export function maskName(name: string): string {
  const [first = '', ...rest] = [...readable(name)];
  return first + '*'.repeat(Math.min(rest.length, 4));
}

/**
 * Format characters (zero-width spaces and joiners, soft hyphens, word joiners, bidi embeddings,
 * overrides and isolates, byte-order marks): invisible, they split a phone number into runs too
 * short to mask (`138<ZWSP>0013<ZWSP>8000`), and an override turns the rest of a digest line
 * backwards. Nothing a manager needs to read.
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
