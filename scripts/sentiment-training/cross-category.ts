import type { ZhSentimentModel } from '../../shared/classify/sentiment-model.ts';
import { analyseChinese } from '../../shared/classify/zh-sentiment.ts';
import type { LabelledReview } from './dataset.ts';
import { DEFAULT_TRAINING_OPTIONS, trainZhSentimentModel, type TrainingOptions } from './logistic-regression.ts';

/**
 * The honest estimate of how the model does on domains it has not seen: train on some product
 * categories, measure on the others, scoring with the runtime code path (model + lexicon rules).
 */
export interface HeldOutResult {
  heldOut: string[];
  examples: number;
  accuracy: number;
}

/** Categories furthest from products-with-specs, closest in wording to service feedback. */
export const FIXED_HELD_OUT = ['水果', '衣服', '热水器'];

export function accuracyOn(model: ZhSentimentModel, reviews: readonly LabelledReview[]): number {
  let correct = 0;
  for (const review of reviews) {
    if (analyseChinese(review.text, model).raw > 0 === review.positive) correct += 1;
  }
  return reviews.length === 0 ? 0 : correct / reviews.length;
}

export function evaluateHeldOut(reviews: readonly LabelledReview[], heldOut: readonly string[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): HeldOutResult {
  const held = new Set(heldOut);
  const model = trainZhSentimentModel(reviews.filter((r) => !held.has(r.category)), options);
  const test = reviews.filter((r) => held.has(r.category));
  return { heldOut: [...heldOut], examples: test.length, accuracy: accuracyOn(model, test) };
}

export function leaveOneCategoryOut(reviews: readonly LabelledReview[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): HeldOutResult[] {
  const categories = [...new Set(reviews.map((r) => r.category))];
  return categories.map((category) => evaluateHeldOut(reviews, [category], options));
}
