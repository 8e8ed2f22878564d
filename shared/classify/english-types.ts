import { evidenceInModelOrder, type ComplaintTypeScore, type PhraseEvidence } from './complaint-types.ts';
import { englishTypeProbabilities, strongestEnglishFeatures, type EnglishModel, type KnownFeatures } from './en-model.ts';
import { roundedTo } from './fixed-decimals.ts';
import { denseFeatures } from './type-model.ts';

/**
 * Complaint types of an English message from the English model (en-model.ts), beside the phrase
 * evidence it was trained with. The evidence comes in the taxonomy's order; the model keeps the
 * order it was trained in, so types are mapped by name (an extended taxonomy may add or reorder).
 */
export function englishTypeScorer(model: EnglishModel, taxonomyTypes: readonly string[]) {
  const evidenceIndex = model.types.map((type) => taxonomyTypes.indexOf(type));
  const inModelOrder: PhraseEvidence = { sums: new Float64Array(model.types.length), problems: new Uint8Array(model.types.length), phrases: [] };
  return {
    types: new Set(model.types),
    /** The model's types that pass their thresholds, with the phrases and words behind each. */
    detect(features: KnownFeatures, evidence: PhraseEvidence, lexiconRaw: number, length: number): ComplaintTypeScore[] {
      evidenceInModelOrder(evidence, evidenceIndex, inModelOrder);
      const probabilities = englishTypeProbabilities(model, features, denseFeatures(inModelOrder, lexiconRaw, length));
      const found: ComplaintTypeScore[] = [];
      probabilities.forEach((probability, t) => {
        if (probability < model.thresholds[t]!) return;
        const index = evidenceIndex[t]!;
        const phrases = [...(index >= 0 ? (evidence.phrases[index] ?? []) : []), ...strongestEnglishFeatures(model, features, t)];
        found.push({ type: model.types[t]!, confidence: roundedTo(probability, 3), phrases, problem: inModelOrder.problems[t] === 1 });
      });
      return found;
    },
  };
}
