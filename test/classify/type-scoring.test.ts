import { describe, expect, it } from 'vitest';
import type { AnalysedClause } from '../../shared/classify/analysed-clause.ts';
import type { ClauseEvidence, PhraseEvidence } from '../../shared/classify/complaint-types.ts';
import { normaliseText } from '../../shared/classify/language.ts';
import { ClauseNgrams, NgramIndex } from '../../shared/classify/ngram-index.ts';
import { complaintTypeModel } from '../../shared/classify/type-model-loader.ts';
import { NgramTable } from '../../shared/classify/ngram-table.ts';
import {
  denseFeatureCount,
  forEachTypeNgram,
  PRAISING_CLAUSE,
  strongestNgrams,
  typeProbabilities,
  typeProbabilityBuffers,
  typeModelFeatures,
  typeScratch,
  type TypeModel,
} from '../../shared/classify/type-model.ts';
import { bigramKey, ngramText } from '../../shared/classify/zh-clauses.ts';

/**
 * The scorer is written for speed (no callbacks, sparse dense features, skipped sigmoids, sums
 * per distinct n-gram); these references are the plain algorithms it must match bit for bit.
 */
function referenceProbabilities(model: TypeModel, clauses: AnalysedClause[], evidence: PhraseEvidence, clauseEvidence: ClauseEvidence, raw: number, length: number, scene: number) {
  const typeCount = model.types.length;
  const dense = typeModelFeatures(evidence, raw, length, scene);
  const denseLogit = (t: number, features: Float32Array) => {
    let sum = model.bias[t]!;
    for (let d = 0; d < features.length; d++) sum += model.dense[t * features.length + d]! * features[d]!;
    return sum;
  };
  const whole = new Float32Array(typeCount);
  const window = new Float32Array(typeCount);
  const hits: number[] = [];
  const sigmoid = (logit: number) => 1 / (1 + Math.exp(-logit));
  const clauseLogits = clauses.map((clause) => {
    const logits = new Float32Array(typeCount);
    forEachTypeNgram([clause], (key) => {
      const row = model.rows.get(key);
      if (Number.isNaN(row)) return;
      hits.push(key);
      for (let t = 0; t < typeCount; t++) logits[t]! += model.weights[row * typeCount + t]!;
    });
    return logits;
  });
  if (model.window <= 0 || clauses.length <= model.window) {
    const logits = new Float32Array(typeCount);
    for (let t = 0; t < typeCount; t++) logits[t] = denseLogit(t, dense);
    forEachTypeNgram(clauses, (key) => {
      const row = model.rows.get(key);
      if (Number.isNaN(row)) return;
      for (let t = 0; t < typeCount; t++) logits[t]! += model.weights[row * typeCount + t]!;
    });
    for (let t = 0; t < typeCount; t++) whole[t] = sigmoid(logits[t]!);
    return { whole, window, hits };
  }
  for (let t = 0; t < typeCount; t++) {
    let logit = denseLogit(t, dense);
    for (const logits of clauseLogits) logit += logits[t]!;
    whole[t] = sigmoid(logit);
  }
  for (let start = 0; start + model.window <= clauses.length; start++) {
    const sums = new Float64Array(typeCount);
    const problems = new Uint8Array(typeCount);
    let lexicon = 0;
    let textLength = 0;
    for (let c = start; c < start + model.window; c++) {
      lexicon += clauses[c]!.lexiconScore;
      textLength += clauses[c]!.text.length;
      for (let t = 0; t < typeCount; t++) {
        sums[t]! += clauseEvidence.sums[c * typeCount + t]!;
        problems[t]! |= clauseEvidence.problems[c * typeCount + t]!;
      }
    }
    const features = typeModelFeatures({ sums, problems, phrases: [] }, 0.5 * lexicon, textLength, scene);
    for (let t = 0; t < typeCount; t++) {
      let logit = denseLogit(t, features);
      for (let c = start; c < start + model.window; c++) logit += clauseLogits[c]![t]!;
      window[t] = Math.max(window[t]!, sigmoid(logit));
    }
  }
  return { whole, window, hits };
}

function referenceStrongest(model: TypeModel, hits: number[], typeIndex: number): string[] {
  const keys: number[] = [];
  const sums: number[] = [];
  for (const key of hits) {
    const weight = model.weights[model.rows.get(key) * model.types.length + typeIndex]!;
    if (weight <= 0) continue;
    const seen = keys.indexOf(key);
    if (seen >= 0) sums[seen]! += weight;
    else {
      keys.push(key);
      sums.push(weight);
    }
  }
  const strongest: string[] = [];
  while (strongest.length < 3) {
    let best = -1;
    for (let i = 0; i < sums.length; i++) if (sums[i]! > 0 && (best < 0 || sums[i]! > sums[best]!)) best = i;
    if (best < 0) break;
    strongest.push(ngramText(keys[best]!));
    sums[best] = 0;
  }
  return strongest;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const ALPHABET = '送餐太慢了饭凉差态度好服务退款少错味道，。a';

function randomModel(next: () => number, window: number, typeCount = 4): TypeModel {
  const keys = new Set<number>();
  for (const character of ALPHABET) if (next() < 0.8) keys.add(character.charCodeAt(0));
  for (const first of ALPHABET) for (const second of ALPHABET) if (next() < 0.3) keys.add(bigramKey(first.charCodeAt(0), second.charCodeAt(0)));
  const rows = NgramTable.fromEntries([...keys].map((key, row) => [key, row] as const));
  // Few distinct weights, so equal sums (ties) and equal window logits are common.
  const weights = Float32Array.from({ length: keys.size * typeCount }, () => Math.round((next() - 0.4) * 6) / 4);
  const dense = Float32Array.from({ length: typeCount * denseFeatureCount(typeCount) }, () => next() - 0.5);
  return {
    types: Array.from({ length: typeCount }, (_, t) => `type${t}`),
    rows,
    weights,
    dense,
    bias: Float32Array.from({ length: typeCount }, () => next() - 0.5),
    thresholds: new Float32Array(typeCount).fill(0.5),
    windowThresholds: new Float32Array(typeCount).fill(0.6),
    window,
  };
}

function randomText(next: () => number): string {
  return Array.from({ length: 1 + Math.floor(next() * 12) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
}

describe('complaint-type scoring', () => {
  // 33 types: more than a window's evidence bit mask holds, so windows are scored by summing every type.
  it.each([
    [4, 300],
    [33, 40],
  ])('matches the plain algorithm exactly with %i types: probabilities, windows and explanation n-grams', (typeCount, rounds) => {
    const next = random(7);
    let compared = 0;
    for (let round = 0; round < rounds; round++) {
      const model = randomModel(next, round % 4, typeCount);
      const scratch = typeScratch(model);
      const out = typeProbabilityBuffers(model);
      const index = new NgramIndex(undefined, model);
      const ngrams = new ClauseNgrams();
      for (let message = 0; message < 5; message++) {
        const clauses = Array.from({ length: 1 + Math.floor(next() * 8) }, () => randomText(next)).map((text) => ({
          text,
          modelText: text,
          weight: 1,
          lexiconScore: next() < 0.2 ? PRAISING_CLAUSE + 1 : Math.round((next() - 0.5) * 4) / 2,
        }));
        const clauseEvidence = {
          sums: Float64Array.from({ length: clauses.length * typeCount }, () => (next() < 0.3 ? Math.round(next() * 8) / 4 : 0)),
          problems: Uint8Array.from({ length: clauses.length * typeCount }, () => (next() < 0.2 ? 1 : 0)),
        };
        const evidence = { sums: Float64Array.from({ length: typeCount }, () => (next() < 0.5 ? next() * 4 : 0)), problems: new Uint8Array(typeCount), phrases: [] };
        const raw = (next() - 0.5) * 4;
        const length = clauses.reduce((sum, clause) => sum + clause.text.length, 0);
        const scene = next() < 0.5 ? 1 : 0;
        index.lookUp(clauses, ngrams);
        typeProbabilities(model, { clauses, index, ngrams, evidence, clauseEvidence, sentimentRaw: raw, length, scene }, scratch, out);
        const expected = referenceProbabilities(model, clauses, evidence, clauseEvidence, raw, length, scene);
        expect([...out.whole]).toEqual([...expected.whole]);
        expect([...out.window]).toEqual([...expected.window]);
        const types = Array.from({ length: typeCount }, (_, t) => t).filter(() => next() < 0.7);
        const strongest = strongestNgrams(index, scratch, types);
        types.forEach((t, k) => expect(strongest[k]).toEqual(referenceStrongest(model, expected.hits, t)));
        compared += 1;
      }
    }
    expect(compared).toBe(rounds * 5);
  });

  it('explains messages scored past the end of the int32 message stamps as before it', () => {
    const next = random(11);
    const model = randomModel(next, 2);
    const typeCount = model.types.length;
    const scratch = typeScratch(model);
    const out = typeProbabilityBuffers(model);
    const index = new NgramIndex(undefined, model);
    const ngrams = new ClauseNgrams();
    scratch.message = 0x7fffffff - 3;
    for (let message = 0; message < 8; message++) {
      const clauses = Array.from({ length: 1 + Math.floor(next() * 4) }, () => randomText(next) + randomText(next)).map((text) => ({ text, modelText: text, weight: 1, lexiconScore: 0 }));
      const clauseEvidence = { sums: new Float64Array(clauses.length * typeCount), problems: new Uint8Array(clauses.length * typeCount) };
      const evidence = { sums: new Float64Array(typeCount), problems: new Uint8Array(typeCount), phrases: [] };
      const length = clauses.reduce((sum, clause) => sum + clause.text.length, 0);
      index.lookUp(clauses, ngrams);
      typeProbabilities(model, { clauses, index, ngrams, evidence, clauseEvidence, sentimentRaw: 0, length, scene: 0 }, scratch, out);
      const expected = referenceProbabilities(model, clauses, evidence, clauseEvidence, 0, length, 0);
      const types = Array.from({ length: typeCount }, (_, t) => t);
      const strongest = strongestNgrams(index, scratch, types);
      types.forEach((t) => expect(strongest[t]).toEqual(referenceStrongest(model, expected.hits, t)));
    }
  });
});

describe('text normalisation', () => {
  it('equals NFKC then toLowerCase, curly apostrophes made straight, 俩 written out and bidi controls dropped, for every BMP character and for mixed text', () => {
    const plainly = (text: string) =>
      text
        .normalize('NFKC')
        .replace(/(?<!伎)[俩倆]/g, '两个')
        .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .toLowerCase()
        .replace(/[‘’ʼ]/g, "'");
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `送${String.fromCharCode(code)}餐`;
      expect(normaliseText(text)).toBe(plainly(text));
    }
    const long = Array.from({ length: 3000 }, (_, i) => ['送餐ＡＢ，', 'Late！', '　“好”\r\n', '𠮷'][i % 4]).join('');
    for (const text of ['等了俩小时', '伎俩', '我们倆', 'ＡＢＣ好', '隔音OK 床Ok', 'Σ送餐ΣΣ', 'İstanbul 外卖', '㎒ 送餐', 'e\u0301送', '送餐太慢了，饭都凉了！', 'E\u0301', 'ＯＫ\u0301', 'Wasn’t clean', long, long.replaceAll('𠮷', '')]) {
      expect(normaliseText(text)).toBe(plainly(text));
    }
  });
});

describe('compiled type weights', () => {
  it('keeps the committed model at one byte per weight, each n-gram decoding to its float32 weights', () => {
    const model = complaintTypeModel();
    const index = new NgramIndex(undefined, model);
    expect(index.typeCodes).toBeInstanceOf(Uint8Array);
    expect(index.typeNgramCount).toBe(model.rows.size);
    const ngrams = new ClauseNgrams();
    const typeCount = model.types.length;
    for (const [key, row] of model.rows.entries()) {
      const text = ngramText(key);
      index.lookUp([{ modelText: text }], ngrams);
      const id = text.length === 1 ? ngrams.unigrams[0]! : ngrams.bigrams[1]!;
      for (let t = 0; t < typeCount; t++) expect(index.typeWeight(id, t)).toBe(model.weights[row * typeCount + t]);
    }
  });
});
