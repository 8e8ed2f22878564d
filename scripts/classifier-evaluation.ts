import { readFileSync } from 'node:fs';
import type { LocalClassifier } from '../shared/classify/index.ts';
import type { Intent, SentimentLabel } from '../shared/classify/types.ts';

/**
 * Scores the classifier on the hand-written labelled sets in test/classify/fixtures/: the
 * development set the lexicons were tuned on, and a hold-out set that was not. Shared by the
 * quality-floor test and bench/classify.ts so both report the same numbers.
 */
export interface DevItem {
  id: string;
  text: string;
  sentiment: SentimentLabel;
  intent: Intent;
  complaintTypes: string[];
  urgent: boolean;
}

export const DEV_SET = new URL('../test/classify/fixtures/complaints-dev.jsonl', import.meta.url);
/** Written after the lexicons were tuned and not used to tune them. */
export const HOLDOUT_SET = new URL('../test/classify/fixtures/complaints-holdout.jsonl', import.meta.url);

export function loadDevSet(file: URL | string = DEV_SET): DevItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as DevItem);
}

export interface TypeScore {
  type: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DevSetReport {
  items: number;
  sentimentAccuracy: number;
  /** Positive vs negative only, on items labelled one of the two. */
  polarityAccuracy: number;
  intentAccuracy: number;
  urgentPrecision: number;
  urgentRecall: number;
  complaintTypeMicroF1: number;
  perType: TypeScore[];
  errors: { id: string; text: string; expected: string[]; predicted: string[] }[];
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function evaluateDevSet(classifier: LocalClassifier, items: readonly DevItem[]): DevSetReport {
  let sentimentCorrect = 0;
  let polarityCorrect = 0;
  let polarityItems = 0;
  let intentCorrect = 0;
  let urgentTrue = 0;
  let urgentPredicted = 0;
  let urgentExpected = 0;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let entry = counts.get(type);
    if (!entry) counts.set(type, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  const errors: DevSetReport['errors'] = [];

  for (const item of items) {
    const result = classifier.classifySync({ text: item.text });
    if (result.sentiment.label === item.sentiment) sentimentCorrect += 1;
    if (item.sentiment !== 'neutral') {
      polarityItems += 1;
      if (result.sentiment.label === item.sentiment) polarityCorrect += 1;
    }
    if (result.intent === item.intent) intentCorrect += 1;
    if (result.urgent) urgentPredicted += 1;
    if (item.urgent) urgentExpected += 1;
    if (result.urgent && item.urgent) urgentTrue += 1;

    const predicted = result.complaintTypes.map((t) => t.type);
    for (const type of predicted) {
      if (item.complaintTypes.includes(type)) count(type).tp += 1;
      else count(type).fp += 1;
    }
    for (const type of item.complaintTypes) if (!predicted.includes(type)) count(type).fn += 1;
    if (predicted.slice().sort().join() !== item.complaintTypes.slice().sort().join()) {
      errors.push({ id: item.id, text: item.text, expected: item.complaintTypes, predicted });
    }
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perType = [...counts]
    .map(([type, c]) => {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
      const precision = ratio(c.tp, c.tp + c.fp);
      const recall = ratio(c.tp, c.tp + c.fn);
      return { type, support: c.tp + c.fn, precision, recall, f1: f1(precision, recall) };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
  const microPrecision = ratio(tp, tp + fp);
  const microRecall = ratio(tp, tp + fn);

  return {
    items: items.length,
    sentimentAccuracy: ratio(sentimentCorrect, items.length),
    polarityAccuracy: ratio(polarityCorrect, polarityItems),
    intentAccuracy: ratio(intentCorrect, items.length),
    urgentPrecision: ratio(urgentTrue, urgentPredicted),
    urgentRecall: ratio(urgentTrue, urgentExpected),
    complaintTypeMicroF1: f1(microPrecision, microRecall),
    perType,
    errors,
  };
}
