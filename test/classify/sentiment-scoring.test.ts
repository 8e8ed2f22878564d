import { describe, expect, it } from 'vitest';
import { ClauseNgrams, NgramIndex } from '../../shared/classify/ngram-index.ts';
import { NgramTable } from '../../shared/classify/ngram-table.ts';
import { scoreWithModel, type ZhSentimentModel } from '../../shared/classify/sentiment-model.ts';
import { bigramKey, forEachNgram, ngramText, type WeightedClause } from '../../shared/classify/zh-clauses.ts';

/** The plain algorithm scoreWithModel must match bit for bit: forEachNgram (training's visit) and the model's table. */
function referenceScore(model: ZhSentimentModel, clauses: WeightedClause[], skipSpans: [number, number][][]) {
  let sum = 0;
  let visited = 0;
  let skipped = 0;
  let positive = { key: -1, value: 0 };
  let negative = { key: -1, value: 0 };
  const norm = forEachNgram(clauses, (key, weight, clauseIndex, position, length) => {
    visited += 1;
    if ((skipSpans[clauseIndex] ?? []).some(([start, end]) => position < end && position + length > start)) {
      skipped += 1;
      return;
    }
    const w = model.weights.get(key);
    if (Number.isNaN(w)) return;
    const contribution = w * weight;
    sum += contribution;
    if (contribution > positive.value) positive = { key, value: contribution };
    else if (contribution < negative.value) negative = { key, value: contribution };
  });
  const strongest = [negative, positive].filter((n) => n.key >= 0).map((n) => ngramText(n.key));
  const unskippedShare = visited === 0 ? 1 : (visited - skipped) / visited;
  return { logit: model.bias * unskippedShare + sum / norm, strongest };
}

function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const ALPHABET = '送餐慢好差不很饭凉贵服务态度aB1';

describe('Chinese sentiment scoring through the shared n-gram index', () => {
  it('equals the plain algorithm for random models, texts and skipped spans, with n-grams only the type model knows', () => {
    const next = random(3);
    let compared = 0;
    for (let round = 0; round < 60; round++) {
      const keys = new Set<number>();
      for (const a of ALPHABET) {
        if (next() < 0.5) keys.add(a.charCodeAt(0));
        for (const b of ALPHABET) if (next() < 0.3) keys.add(bigramKey(a.charCodeAt(0), b.charCodeAt(0)));
      }
      // Weights that float32 holds exactly, as the index keeps them in float32; zeros included.
      const sentiment: ZhSentimentModel = { bias: (next() - 0.5) * 2, weights: NgramTable.fromEntries([...keys].map((key) => [key, Math.round((next() - 0.5) * 64) / 8] as const)) };
      const typeKeys = [...keys].filter(() => next() < 0.4);
      for (const a of ALPHABET) if (next() < 0.3) typeKeys.push(bigramKey(a.charCodeAt(0), ALPHABET.charCodeAt(0)));
      const distinctTypeKeys = [...new Set(typeKeys)];
      const typeModel = {
        types: ['a', 'b'],
        rows: NgramTable.fromEntries(distinctTypeKeys.map((key, row) => [key, row] as const)),
        weights: new Float32Array(distinctTypeKeys.length * 2),
      };
      const index = new NgramIndex(sentiment, round % 3 === 0 ? undefined : typeModel);
      const ngrams = new ClauseNgrams();
      for (let message = 0; message < 20; message++) {
        const clauses: WeightedClause[] = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
          let text = '';
          for (let i = Math.floor(next() * 9); i >= 0; i--) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
          return { text, modelText: text, phraseText: text, weight: [0.5, 1, 1.5, 0.6][Math.floor(next() * 4)]!, endsSentence: next() < 0.5, holdsContrast: false };
        });
        const spans = clauses.map((clause) => (next() < 0.3 && clause.text.length > 1 ? [[0, 1 + Math.floor(next() * clause.text.length)] as [number, number]] : []));
        index.lookUp(clauses, ngrams);
        const score = scoreWithModel(sentiment, index, ngrams, clauses, spans);
        const expected = referenceScore(sentiment, clauses, spans);
        expect(score.logit).toBe(expected.logit);
        expect(score.strongest).toEqual(expected.strongest);
        compared += 1;
      }
    }
    expect(compared).toBe(1200);
  });
});
