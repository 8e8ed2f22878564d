import { seededRandom, shuffleInPlace } from '../seeded-random.ts';

/**
 * One-vs-rest logistic regression over sparse count features plus a few dense ones, trained by
 * AdaGrad SGD with L2 (seeded, so a retrain reproduces the committed model).
 */
export interface Example {
  /** Vocabulary indices, repeated for repeated n-grams. */
  sparse: Int32Array;
  dense: Float32Array;
  /** Per type: 1 when labelled. */
  targets: Uint8Array;
  weight: number;
}

export interface OvrOptions {
  epochs: number;
  /**
   * Where the dense weights start and what their L2 pulls them back to: each type trusts its own
   * lexicon evidence. Types the corpus barely shows (few hotel rooms in shopping reviews) then keep
   * the lexicon's judgement instead of learning "never".
   */
  ownEvidenceWeight: number;
  ownProblemWeight: number;
  initialBias: number;
  learningRate: number;
  sparseL2: number;
  denseL2: number;
  seed: number;
  /** Per vocabulary entry, a factor on sparseL2 (1 when absent). */
  sparseL2Scale?: Float32Array;
}

export const DEFAULT_OVR_OPTIONS: OvrOptions = {
  epochs: 14,
  ownEvidenceWeight: 1.5,
  ownProblemWeight: 1,
  initialBias: -2.5,
  learningRate: 0.2,
  sparseL2: 2e-4,
  denseL2: 1e-3,
  seed: 20261130,
};

export interface OvrWeights {
  /** vocabulary × types. */
  sparse: Float32Array;
  /** types × dense. */
  dense: Float32Array;
  bias: Float32Array;
}

export function trainOvr(examples: readonly Example[], vocabularySize: number, typeCount: number, options: OvrOptions = DEFAULT_OVR_OPTIONS): OvrWeights {
  const denseCount = examples[0]?.dense.length ?? 0;
  const sparse = new Float32Array(vocabularySize * typeCount);
  const prior = new Float32Array(typeCount * denseCount);
  for (let t = 0; t < typeCount; t++) {
    prior[t * denseCount + t] = options.ownEvidenceWeight;
    prior[t * denseCount + typeCount + t] = options.ownProblemWeight;
  }
  const dense = Float32Array.from(prior);
  const bias = new Float32Array(typeCount).fill(options.initialBias);
  const sparseG = new Float32Array(sparse.length).fill(1e-8);
  const denseG = new Float32Array(dense.length).fill(1e-8);
  const biasG = new Float32Array(typeCount).fill(1e-8);
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  const logits = new Float32Array(typeCount);
  const gradients = new Float32Array(typeCount);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const example = examples[index]!;
      for (let t = 0; t < typeCount; t++) {
        let sum = bias[t]!;
        for (let d = 0; d < denseCount; d++) sum += dense[t * denseCount + d]! * example.dense[d]!;
        logits[t] = sum;
      }
      for (const feature of example.sparse) {
        const base = feature * typeCount;
        for (let t = 0; t < typeCount; t++) logits[t]! += sparse[base + t]!;
      }
      for (let t = 0; t < typeCount; t++) {
        const p = 1 / (1 + Math.exp(-logits[t]!));
        gradients[t] = (p - example.targets[t]!) * example.weight;
        biasG[t]! += gradients[t]! * gradients[t]!;
        bias[t]! -= (options.learningRate * gradients[t]!) / Math.sqrt(biasG[t]!);
        for (let d = 0; d < denseCount; d++) {
          const at = t * denseCount + d;
          const g = gradients[t]! * example.dense[d]! + options.denseL2 * (dense[at]! - prior[at]!);
          denseG[at]! += g * g;
          dense[at]! -= (options.learningRate * g) / Math.sqrt(denseG[at]!);
        }
      }
      for (const feature of example.sparse) {
        const base = feature * typeCount;
        const l2 = options.sparseL2 * (options.sparseL2Scale?.[feature] ?? 1);
        for (let t = 0; t < typeCount; t++) {
          const at = base + t;
          const g = gradients[t]! + l2 * sparse[at]!;
          sparseG[at]! += g * g;
          sparse[at]! -= (options.learningRate * g) / Math.sqrt(sparseG[at]!);
        }
      }
    }
  }
  return { sparse, dense, bias };
}
