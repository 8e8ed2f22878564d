/**
 * The word features of the English model (en-model.ts), for training and scoring alike: lower-cased
 * words and adjacent word pairs within a sentence, each counted once. A word in the scope of a
 * negation ("not", "never", "didn't", "no") is marked with "!", up to three words or the next
 * punctuation, so "not clean" and "clean" are different evidence.
 */
const SENTENCE = /[.!?;:,()\n\r\t"“”]+|\s[-–—]\s/;
const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'without', 'hardly', 'barely', 'cannot', 'nor']);
const NEGATION_SCOPE = 3;

function negates(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

export function englishFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  for (const sentence of lower.split(SENTENCE)) {
    let negatedFor = 0;
    let previous: string | undefined;
    for (const match of sentence.matchAll(WORD)) {
      const word = match[0];
      const token = negatedFor > 0 ? `!${word}` : word;
      features.add(token);
      if (previous !== undefined) features.add(`${previous} ${token}`);
      previous = token;
      if (negates(word)) negatedFor = NEGATION_SCOPE;
      else if (negatedFor > 0) negatedFor -= 1;
    }
  }
  return features;
}
