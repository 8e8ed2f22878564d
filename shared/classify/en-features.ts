import { isEnglishNegator } from './en-negators.ts';
import { isWhitespace } from './negation.ts';

/**
 * The word features of the English model (en-model.ts), for training and scoring alike: lower-cased
 * words and adjacent word pairs within a sentence, each counted once. A word in the scope of a
 * negation ("not", "never", "didn't", "no") is marked with "!", up to three words or the next
 * punctuation, so "not clean" and "clean" are different evidence.
 */
const NEGATION_SCOPE = 3;

/** Characters that end a sentence for the features, one run of them one break: . ! ? ; : , ( ) " “ ” and tab, CR, LF. */
const SENTENCE_BREAKS = new Set([...'.!?;:,()"“”\t\r\n'].map((character) => character.charCodeAt(0)));
/** A dash between spaces (" - ", " – ", " — ") ends one too. */
const DASHES = new Set([...'-–—'].map((character) => character.charCodeAt(0)));

/**
 * A quote opening before a word (' " “) is a token of its own: English reviewers quote what was
 * claimed ("the 'free' shuttle", a "superior room") and what staff said ("he said 'not my problem'"),
 * so the quote beside the word before it (a ", said ") and the quoted word (" free) are evidence.
 * Other quote marks are what they were: " “ ” a sentence break, ' nothing.
 */
export const QUOTE = '"';
const OPENING_QUOTES = new Set([..."'\"“"].map((character) => character.charCodeAt(0)));

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigitCode(code);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Visits the words of the text in order, and the quotes that open before one (QUOTE), each with
 * whether a negator's scope covers it and whether it opens a sentence. Read in one pass, as splitting the text into sentences at
 * /[.!?;:,()\n\r\t"“”]+|\s[-–—]\s/ and matching /[a-z0-9]+(?:'[a-z]+)?/g in each would, an
 * opening quote read as QUOTE and numbers as numbersByLength reads them (test/classify/en-features.test.ts
 * holds that reading and compares).
 */
export function forEachEnglishWord(text: string, visit: (word: string, negated: boolean, opensSentence: boolean) => void): void {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  let negatedFor = 0;
  let opensSentence = true;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    if (OPENING_QUOTES.has(code) && (i === 0 || !isWordCode(lower.charCodeAt(i - 1))) && isWordCode(lower.charCodeAt(i + 1))) {
      visit(QUOTE, false, opensSentence);
      opensSentence = false;
      i += 1;
    } else if (SENTENCE_BREAKS.has(code)) {
      negatedFor = 0;
      opensSentence = true;
      i += 1;
    } else if (isWhitespace(code) && i + 2 < lower.length && DASHES.has(lower.charCodeAt(i + 1)) && isWhitespace(lower.charCodeAt(i + 2))) {
      negatedFor = 0;
      opensSentence = true;
      i += 3;
    } else if (isWordCode(code)) {
      let end = i + 1;
      let digits = isDigitCode(code) ? 1 : 0;
      while (end < lower.length && isWordCode(lower.charCodeAt(end))) {
        if (isDigitCode(lower.charCodeAt(end))) digits += 1;
        end += 1;
      }
      if (lower.charCodeAt(end) === 39 && isLetterCode(lower.charCodeAt(end + 1))) {
        end += 2;
        while (end < lower.length && isLetterCode(lower.charCodeAt(end))) end += 1;
      }
      const word = digits >= 2 && !isRating(lower, i, end) ? numbersByLength(lower.slice(i, end)) : lower.slice(i, end);
      visit(word, negatedFor > 0, opensSentence);
      opensSentence = false;
      if (isEnglishNegator(word)) negatedFor = NEGATION_SCOPE;
      else if (negatedFor > 0) negatedFor -= 1;
      i = end;
    } else {
      i += 1;
    }
  }
}

const MANY_DIGITS = /[0-9]{2,}/g;
const SLASH = 47;

/**
 * Numbers of two or more digits are read by their length ("45 minutes" → "## minutes", "$189" →
 * "###"): reviewers write waits, prices and times in digits, and each number was a word of its
 * own, too rare to be learnt. Single digits and ratings stay, as they say more ("1 star", "3 times",
 * "10/10": read as "## ##" it was a wait or a price, and "on point. 10/10." came out negative).
 */
function numbersByLength(word: string): string {
  return word.replace(MANY_DIGITS, (digits) => '#'.repeat(digits.length));
}

/** A number beside a slash is a rating or a share ("10/10", "2/10", "50/50"), kept as written. */
function isRating(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === SLASH || text.charCodeAt(end) === SLASH;
}

export function englishFeatures(text: string): Set<string> {
  const features = new Set<string>();
  let previous = '';
  forEachEnglishWord(text, (word, negated, opensSentence) => {
    const token = negated ? `!${word}` : word;
    features.add(token);
    if (!opensSentence) features.add(`${previous} ${token}`);
    previous = token;
  });
  return features;
}
