import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Sentiment from 'sentiment';
import ENGLISH from 'sentiment/languages/en/index.js';
import { describe, expect, it } from 'vitest';
import { afinnLabels, afinnTokens, scoreAfinn, type ScoringStrategy } from '../../shared/classify/afinn-score.ts';

const EXTRAS = { late: -2, cold: -1, like: 0, nuts: 0, friendly: 2 };
/** Flips a word one or two tokens after "not" or a word ending in n't, and reads the tokens as the package hands them. */
const strategy: ScoringStrategy = (tokens, cursor, labelScore) =>
  [tokens[cursor - 1], tokens[cursor - 2]].some((token) => token === 'not' || token?.endsWith("n't")) ? -labelScore : labelScore;

const LANGUAGE = 'afinn-score-test';
const sentiment = new Sentiment();
sentiment.registerLanguage(LANGUAGE, { labels: { ...ENGLISH.labels, ...EXTRAS }, scoringStrategy: { apply: strategy } });
const labels = afinnLabels(EXTRAS);

function expectAsThePackage(text: string): void {
  const expected = sentiment.analyze(text, { language: LANGUAGE });
  const words = expected.calculation.flatMap((entry) => Object.entries(entry).map(([word, value]) => `${word}(${value > 0 ? '+' : ''}${value})`));
  const tokens: string[] = [];
  afinnTokens(text, tokens);
  // The package splits blank text into one empty token, which no label matches.
  expect(tokens, JSON.stringify(text)).toEqual(expected.tokens.length === 1 && expected.tokens[0] === '' ? [] : expected.tokens);
  expect(scoreAfinn(text, labels, strategy), JSON.stringify(text)).toEqual({ score: expected.score, hits: expected.calculation.length, words });
}

function corpusTexts(): string[] {
  const directory = new URL('../../corpus/', import.meta.url);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(new URL(file, directory), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text?: unknown }).text)
    .filter((text): text is string => typeof text === 'string');
}

describe('AFINN scoring as the sentiment package scores', () => {
  it('tokenizes, scores, negates and lists words as the package on hand-picked text', () => {
    const samples = [
      '', '   ', 'Good', 'not good', "wasn't  bad at all", 'not very good', 'late, cold... and NOT friendly!!', 'a\tgood b', 'good\t', '\tgood',
      'good \tbad', 'good\u00a0bad', 'good\u3000\u3000bad', 'good.bad', '(good)', 'I like it 😀 😡', 'İ love it', 'kind of bad luck', 'bad_luck',
      'hasOwnProperty constructor __proto__ toString', 'good\r\nbad', 'good\n\nbad\n',
    ];
    for (const text of samples) expectAsThePackage(text);
    expect(scoreAfinn('Great, not good!', labels, strategy)).toEqual({ score: -3 + 3, hits: 2, words: ['good(-3)', 'great(+3)'] });
  });

  it('scores every corpus text as the package does', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(5000);
    for (const text of texts) expectAsThePackage(text);
  });

  it('scores random text of labelled words, negators, separators and whitespace as the package does', () => {
    const parts = fc.constantFrom(
      ...'ab Z.,/#!?$%^&*;:{}=_`"~()\'-\t\r\n\u000b\u00a0\u2009\u3000\ufeff\u2028İé😀'.split(/(?:)/u),
      'good', 'bad', 'not', "don't", 'late', 'like', 'nuts', 'Friendly', 'bad luck', 'constructor', '__proto__',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (chosen) => expectAsThePackage(chosen.join(''))),
      { numRuns: 20000 },
    );
  });
});
