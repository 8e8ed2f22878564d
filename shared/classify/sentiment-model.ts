import { forEachNgram, ngramKey, ngramText, type WeightedClause } from './zh-clauses.ts';

/**
 * The trained Chinese sentiment model: logistic regression over weighted character unigrams
 * and bigrams (see scripts/train-sentiment.ts). Serialised as text, one "ngram<TAB>weight" per
 * line after a header line with the bias, so it can live in a plain TypeScript module that any
 * bundler inlines and Node parses in a few milliseconds.
 */
export interface ZhSentimentModel {
  bias: number;
  /** Keyed by ngramKey(). */
  weights: Map<number, number>;
}

export interface ModelScore {
  logit: number;
  /** The n-grams that pushed hardest either way, for explanations. */
  strongest: string[];
}

const HEADER = 'zh-sentiment-logreg-v1';

export function serialiseModel(model: ZhSentimentModel): string {
  const lines = [`${HEADER}\t${model.bias.toFixed(4)}`];
  for (const [key, weight] of model.weights) lines.push(`${ngramText(key)}\t${Number(weight.toFixed(3))}`);
  return lines.join('\n');
}

export function parseModel(serialised: string): ZhSentimentModel {
  const lines = serialised.split('\n');
  const [header, bias] = (lines[0] ?? '').split('\t');
  if (header !== HEADER || bias === undefined) throw new Error('not a zh sentiment model');
  const weights = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.lastIndexOf('\t');
    if (tab > 0) weights.set(ngramKey(line.slice(0, tab)), Number(line.slice(tab + 1)));
  }
  return { bias: Number(bias), weights };
}

function overlaps(spans: readonly [number, number][] | undefined, start: number, end: number): boolean {
  if (!spans) return false;
  for (const [spanStart, spanEnd] of spans) if (start < spanEnd && end > spanStart) return true;
  return false;
}

/**
 * `skipSpans[clauseIndex]` lists character spans the model must not read (negated phrases the
 * rules have already scored). The bias shrinks with the share of n-grams skipped, so a message
 * that is nothing but "不慢" is left to the rules entirely.
 */
export function scoreWithModel(model: ZhSentimentModel, clauses: readonly WeightedClause[], skipSpans: readonly [number, number][][] = []): ModelScore {
  let sum = 0;
  let visited = 0;
  let skipped = 0;
  let mostPositive = { key: -1, contribution: 0 };
  let mostNegative = { key: -1, contribution: 0 };
  const norm = forEachNgram(clauses, (key, weight, clauseIndex, position, length) => {
    visited += 1;
    if (skipSpans.length > 0 && overlaps(skipSpans[clauseIndex], position, position + length)) {
      skipped += 1;
      return;
    }
    const w = model.weights.get(key);
    if (w === undefined) return;
    const contribution = w * weight;
    sum += contribution;
    if (contribution > mostPositive.contribution) mostPositive = { key, contribution };
    else if (contribution < mostNegative.contribution) mostNegative = { key, contribution };
  });
  const strongest = [mostNegative, mostPositive].filter((c) => c.key >= 0).map((c) => ngramText(c.key));
  const unskippedShare = visited === 0 ? 1 : (visited - skipped) / visited;
  return { logit: model.bias * unskippedShare + sum / norm, strongest };
}
