import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { ZhSentimentModel } from '../../shared/classify/sentiment-model.ts';
import type { LabelledReview } from './dataset.ts';
import { DEFAULT_TRAINING_OPTIONS, trainZhSentimentModel, type TrainingOptions } from './logistic-regression.ts';

/**
 * The honest estimate of how the model does on domains it has not seen: train on some product
 * categories, measure on the others through the whole classifier (model, rules, complaint
 * evidence), exactly as `feedback classify` would label them.
 */
export interface HeldOutResult {
  heldOut: string[];
  examples: number;
  /** The label must be right: "neutral" on a positive or negative review counts as wrong. */
  accuracy: number;
  /** Share of reviews labelled neutral. */
  neutralShare: number;
}

/** Categories whose wording is furthest from the rest (food, clothing, appliances). */
export const FIXED_HELD_OUT = ['水果', '衣服', '热水器'];

export function accuracyOn(model: ZhSentimentModel, reviews: readonly LabelledReview[]): { accuracy: number; neutralShare: number } {
  const classifier = createLocalClassifier({ sentimentModel: model });
  let correct = 0;
  let neutral = 0;
  for (const review of reviews) {
    const { label } = classifier.classifySync({ text: review.text }).sentiment;
    if (label === 'neutral') neutral += 1;
    else if ((label === 'positive') === review.positive) correct += 1;
  }
  const total = Math.max(reviews.length, 1);
  return { accuracy: correct / total, neutralShare: neutral / total };
}

export function evaluateHeldOut(reviews: readonly LabelledReview[], heldOut: readonly string[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): HeldOutResult {
  const held = new Set(heldOut);
  const model = trainZhSentimentModel(reviews.filter((r) => !held.has(r.category)), options);
  const test = reviews.filter((r) => held.has(r.category));
  return { heldOut: [...heldOut], examples: test.length, ...accuracyOn(model, test) };
}

export function leaveOneCategoryOut(reviews: readonly LabelledReview[], options: TrainingOptions = DEFAULT_TRAINING_OPTIONS): HeldOutResult[] {
  const categories = [...new Set(reviews.map((r) => r.category))];
  return categories.map((category) => evaluateHeldOut(reviews, [category], options));
}
