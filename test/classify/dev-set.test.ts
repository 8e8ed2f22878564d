import { describe, expect, it } from 'vitest';
import { evaluateDevSet, HOLDOUT_SET, loadDevSet } from '../../scripts/classifier-evaluation.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

/**
 * Quality floor on the hand-written development set. The thresholds sit a little under what the
 * classifier reaches (bench/classify.ts prints the exact numbers), so a lexicon or model change
 * that loses real ground fails here.
 */
describe('development set quality floor', () => {
  const items = loadDevSet();
  const report = evaluateDevSet(createLocalClassifier(), items);

  it('has at least 200 labelled negative items in zh (simplified and traditional) and en', () => {
    const negative = items.filter((item) => item.sentiment === 'negative' && item.complaintTypes.length > 0);
    expect(negative.length).toBeGreaterThanOrEqual(200);
    expect(negative.some((item) => /[a-z]{3}/i.test(item.text))).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('gets sentiment, intent and urgency right', () => {
    expect(report.polarityAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.sentimentAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.intentAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.urgentRecall).toBeGreaterThanOrEqual(0.9);
    expect(report.urgentPrecision).toBeGreaterThanOrEqual(0.8);
  });

  it('finds complaint types with micro-F1 ≥ 0.8', () => {
    expect(report.complaintTypeMicroF1).toBeGreaterThanOrEqual(0.8);
    for (const type of report.perType) expect(type.f1, type.type).toBeGreaterThanOrEqual(0.6);
  });
});

describe('hold-out set quality floor', () => {
  const report = evaluateDevSet(createLocalClassifier(), loadDevSet(HOLDOUT_SET));

  it('generalises beyond the set the lexicons were tuned on', () => {
    expect(report.polarityAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.complaintTypeMicroF1).toBeGreaterThanOrEqual(0.7);
  });
});
