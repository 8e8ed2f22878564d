import EMOJI from 'sentiment/build/emoji.json' with { type: 'json' };
import ENGLISH from 'sentiment/languages/en/index.js';

/**
 * The `sentiment` package's scoring (AFINN-165 and its emoji scores, its tokenizer, a scoring
 * strategy per token) done here with the same results: the package made three regular-expression
 * passes, an array of five lists and an object per scored word for every clause, a twentieth of
 * the classifier's time. en-afinn.test.ts holds it to the package on the corpus and random text.
 */

/** A word's score for the scoring strategy: the label's, or another (a negated word's). */
export type ScoringStrategy = (tokens: readonly string[], cursor: number, labelScore: number) => number;

export interface AfinnScore {
  score: number;
  /** Scored words, labelled 0 included (the package's `calculation`). */
  hits: number;
  /** "word(+2)" per scored word, last word first, as the package lists them. */
  words: string[];
}

/** The package's labels for a language registered with `extras`: AFINN, then those, then the emoji scores over both. */
export function afinnLabels(extras: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  return new Map(Object.entries({ ...ENGLISH.labels, ...extras, ...EMOJI }));
}

/** 1 for the characters the package's tokenizer turns into spaces (its /[.,\/#!?$%\^&\*;:{}=_`\"~()]/ and the line feed), by ASCII code. */
const SEPARATORS = new Uint8Array(128);
for (const character of '\n.,/#!?$%^&*;:{}=_`"~()') SEPARATORS[character.charCodeAt(0)] = 1;

function isSeparator(code: number): boolean {
  return code < 128 && SEPARATORS[code] === 1;
}

/** What /\s/ matches. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The package's tokens of `text`, into `tokens` (cleared first). Its tokenizer lower-cases, turns
 * separators into spaces, collapses runs of two or more whitespace characters to one space, trims
 * and splits on spaces: so a run of blanks parts words, except one whitespace character other than
 * a space standing alone between two words ("a\tb" is one token), and blanks at either end go.
 */
export function afinnTokens(text: string, tokens: string[]): void {
  tokens.length = 0;
  const lower = text.toLowerCase();
  let tokenStart = -1;
  let i = 0;
  while (i < lower.length) {
    const code = lower.charCodeAt(i);
    const separator = isSeparator(code);
    if (!separator && !isWhitespace(code)) {
      if (tokenStart < 0) tokenStart = i;
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < lower.length && (isSeparator(lower.charCodeAt(runEnd)) || isWhitespace(lower.charCodeAt(runEnd)))) runEnd++;
    const keptInWord = runEnd === i + 1 && !separator && code !== 0x20 && tokenStart >= 0 && runEnd < lower.length;
    if (!keptInWord && tokenStart >= 0) {
      tokens.push(lower.slice(tokenStart, i));
      tokenStart = -1;
    }
    i = runEnd;
  }
  if (tokenStart >= 0) tokens.push(lower.slice(tokenStart));
}

const tokenScratch: string[] = [];

/** The package's analyze(text).score, calculation and its words, under `labels` and `strategy`. */
export function scoreAfinn(text: string, labels: ReadonlyMap<string, number>, strategy: ScoringStrategy): AfinnScore {
  afinnTokens(text, tokenScratch);
  let score = 0;
  let hits = 0;
  const words: string[] = [];
  // Last token first, as the package sums and lists them.
  for (let cursor = tokenScratch.length - 1; cursor >= 0; cursor--) {
    const token = tokenScratch[cursor]!;
    const label = labels.get(token);
    if (label === undefined) continue;
    const value = strategy(tokenScratch, cursor, label);
    score += value;
    hits++;
    words.push(`${token}(${value > 0 ? '+' : ''}${value})`);
  }
  return { score, hits, words };
}
