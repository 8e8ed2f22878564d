import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishSentimentLogit, knownFeatures, strongestEnglishFeatures, type EnglishModel, type KnownFeatures } from '../../shared/classify/en-model.ts';
import { englishModel } from '../../shared/classify/en-model-loader.ts';

/** The plain reading: every feature that pushes, as a pair, stably sorted by its score, the first `count`. */
function bySort(features: KnownFeatures, weightOf: (row: number) => number, score: (weight: number) => number, pushes: (weight: number) => boolean, count: number): string[] {
  const pairs: [string, number][] = [];
  features.rows.forEach((row, i) => {
    const weight = weightOf(row);
    if (pushes(weight)) pairs.push([features.features[i]!, score(weight)]);
  });
  return pairs
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([feature]) => feature);
}

const CORPUS = new URL('../../corpus/', import.meta.url);

function englishTexts(): string[] {
  return readdirSync(CORPUS)
    .filter((file) => file.startsWith('written-en-') && file.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(new URL(file, CORPUS), 'utf8')
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}

describe('English explanations: the strongest features', () => {
  const model: EnglishModel = englishModel();
  const texts = englishTexts();

  it('are the head of a stable sort by weight, for the sentiment and for every type, on the English corpus', () => {
    expect(texts.length).toBeGreaterThan(1000);
    const typeCount = model.types.length;
    for (const text of texts) {
      const features = knownFeatures(model, text);
      const sentiment = bySort(features, (row) => model.sentimentWeights[row]!, Math.abs, (weight) => weight !== 0, 3);
      expect(englishSentimentLogit(model, features, 0).strongest, text).toEqual(sentiment);
      for (let t = 0; t < typeCount; t++) {
        const type = bySort(features, (row) => model.typeWeights[row * typeCount + t]!, (weight) => weight, (weight) => weight > 0, 3);
        expect(strongestEnglishFeatures(model, features, t), text).toEqual(type);
      }
    }
  });

  it('keep the first of equal weights and give as many as asked for', () => {
    const typeCount = model.types.length;
    // Find a type and a message where two pushing features share a weight, so ties are exercised.
    let tied = false;
    for (const text of texts) {
      const features = knownFeatures(model, text);
      for (let t = 0; t < typeCount && !tied; t++) {
        const weights = features.rows.map((row) => model.typeWeights[row * typeCount + t]!).filter((weight) => weight > 0);
        if (new Set(weights).size < weights.length) {
          tied = true;
          const all = bySort(features, (row) => model.typeWeights[row * typeCount + t]!, (weight) => weight, (weight) => weight > 0, weights.length);
          expect(strongestEnglishFeatures(model, features, t, weights.length)).toEqual(all);
          expect(strongestEnglishFeatures(model, features, t, 1)).toEqual(all.slice(0, 1));
          expect(strongestEnglishFeatures(model, features, t, 0)).toEqual([]);
        }
      }
      if (tied) break;
    }
    expect(tied).toBe(true);
  });
});
