import { PhraseMatcher } from './phrase-matcher.ts';
import { ZH_CONTRAST_WORDS, ZH_MILD_CONTRAST_WORDS } from './zh-lexicon.ts';

/**
 * Splits simplified-Chinese text into clauses and weights them around the last contrast word:
 * in "送得很快，但是饭全凉了" the clause after 但是 carries the verdict. The same weighting is used
 * when training the model and when scoring, so the model learns under the rule it runs with.
 */
export interface WeightedClause {
  text: string;
  weight: number;
}

export interface ClauseSplit {
  clauses: WeightedClause[];
  contrastWord?: string;
}

export const BEFORE_CONTRAST_WEIGHT = 0.5;
export const AFTER_CONTRAST_WEIGHT = 1.5;
/**
 * "位置好，服务热情，就是早餐一般": a mild contrast names a minor flaw in a review the customer
 * still concludes is good, so the flaw weighs less than the praise, not more.
 */
export const BEFORE_MILD_CONTRAST_WEIGHT = 1;
export const AFTER_MILD_CONTRAST_WEIGHT = 0.6;

const CLAUSE_BREAK = /[\s,.!?;:，。！？；：、~～…"'“”‘’()（）【】「」《》\-—]+/;

/** 不但/不仅/但愿 contain 但 but are not contrasts; listing them lets longest-match swallow them. */
const NOT_A_CONTRAST = ['不但', '不仅', '但愿', '只是想', '却是'];

type ContrastKind = 'contrast' | 'mild' | 'none';

const contrastMatcher = new PhraseMatcher<ContrastKind>([
  ...ZH_CONTRAST_WORDS.map((word) => [word, 'contrast'] as const),
  ...ZH_MILD_CONTRAST_WORDS.map((word) => [word, 'mild'] as const),
  ...NOT_A_CONTRAST.map((word) => [word, 'none'] as const),
]);

const CLAUSE_BREAK_CHARACTER = new RegExp(`^${CLAUSE_BREAK.source}$`);

function splitClauses(text: string, weight: number, into: WeightedClause[]): void {
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (clause.length > 0) into.push({ text: clause, weight });
  }
}

export function splitWeightedClauses(text: string): ClauseSplit {
  let last: { start: number; phrase: string; mild: boolean } | undefined;
  for (const hit of contrastMatcher.findAll(text)) {
    // A contrast word at the very start has nothing before it to outweigh.
    if (hit.value === 'none' || hit.start === 0) continue;
    if (hit.value === 'mild' && !CLAUSE_BREAK_CHARACTER.test(text[hit.start - 1]!)) continue;
    last = { start: hit.start, phrase: hit.phrase, mild: hit.value === 'mild' };
  }
  const clauses: WeightedClause[] = [];
  if (!last) {
    splitClauses(text, 1, clauses);
    return { clauses };
  }
  splitClauses(text.slice(0, last.start), last.mild ? BEFORE_MILD_CONTRAST_WEIGHT : BEFORE_CONTRAST_WEIGHT, clauses);
  splitClauses(text.slice(last.start), last.mild ? AFTER_MILD_CONTRAST_WEIGHT : AFTER_CONTRAST_WEIGHT, clauses);
  return { clauses, contrastWord: last.phrase };
}

/**
 * N-grams are keyed by number, not string, so scoring allocates nothing per n-gram: a unigram
 * is its UTF-16 code unit, a bigram (first + 1) * 65536 + second, so the two never collide.
 */
export function bigramKey(first: number, second: number): number {
  return (first + 1) * 65536 + second;
}

export function ngramText(key: number): string {
  return key < 65536 ? String.fromCharCode(key) : String.fromCharCode(Math.floor(key / 65536) - 1, key % 65536);
}

/**
 * Visits the character unigrams and bigrams of each clause with the clause weight, and returns
 * the normaliser that keeps long reviews from drowning the bias: the square root of the number
 * of n-grams visited. Training and scoring both go through here.
 */
export function forEachNgram(
  clauses: readonly WeightedClause[],
  visit: (key: number, weight: number, clauseIndex: number, position: number, length: 1 | 2) => void,
): number {
  let count = 0;
  for (let c = 0; c < clauses.length; c++) {
    const { text, weight } = clauses[c]!;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      visit(code, weight, c, i, 1);
      count += 1;
      if (previous >= 0) {
        visit(bigramKey(previous, code), weight, c, i - 1, 2);
        count += 1;
      }
      previous = code;
    }
  }
  return Math.sqrt(Math.max(count, 1));
}
