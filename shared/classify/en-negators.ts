/**
 * English negators, one list for every stage that reads negation: the English sentiment strategy,
 * the model's negated-word features and the phrase and urgency checks. Customers type on phones
 * without apostrophes ("dont", "wasnt"), so those spellings count as the n't words they stand for.
 */
const NEGATOR_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'non', 'never', 'nothing', 'nobody', 'none', 'nor', 'without', 'hardly', 'barely', 'cannot',
  'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'wasnt', 'arent', 'werent',
  'hasnt', 'havent', 'hadnt', 'aint',
]);

/** A lower-cased word, with straight apostrophes ("wasn't", "dont"). */
export function isEnglishNegator(word: string): boolean {
  return NEGATOR_WORDS.has(word) || word.endsWith("n't");
}

/** The words as a regular-expression alternation, longest first, for checks that look back over text. */
export const ENGLISH_NEGATOR_PATTERN = `${[...NEGATOR_WORDS].sort((a, b) => b.length - a.length).join('|')}|\\w+n't`;
