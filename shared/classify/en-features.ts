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

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Visits the words of the text in order, each with whether a negator's scope covers it and
 * whether it opens a sentence. Read in one pass, as splitting the text into sentences at
 * /[.!?;:,()\n\r\t"“”]+|\s[-–—]\s/ and matching /[a-z0-9]+(?:'[a-z]+)?/g in each would
 * (test/classify/en-features.test.ts holds that reading and compares).
 */
export function forEachEnglishWord(text: string, visit: (word: string, negated: boolean, opensSentence: boolean) => void): void {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  let negatedFor = 0;
  let opensSentence = true;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    if (SENTENCE_BREAKS.has(code)) {
      negatedFor = 0;
      opensSentence = true;
      i += 1;
    } else if (isWhitespace(code) && i + 2 < lower.length && DASHES.has(lower.charCodeAt(i + 1)) && isWhitespace(lower.charCodeAt(i + 2))) {
      negatedFor = 0;
      opensSentence = true;
      i += 3;
    } else if (isWordCode(code)) {
      let end = i + 1;
      while (end < lower.length && isWordCode(lower.charCodeAt(end))) end += 1;
      if (lower.charCodeAt(end) === 39 && isLetterCode(lower.charCodeAt(end + 1))) {
        end += 2;
        while (end < lower.length && isLetterCode(lower.charCodeAt(end))) end += 1;
      }
      const word = lower.slice(i, end);
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
