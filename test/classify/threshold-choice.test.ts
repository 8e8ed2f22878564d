import { describe, expect, it } from 'vitest';
import { chooseThresholds } from '../../scripts/complaint-training/build-model.ts';

describe('choosing a type threshold on the dev split', () => {
  const candidates = [
    { threshold: 0.5, windowThreshold: 0.9, f1: 0.7, recall: 0.6 },
    { threshold: 0.3, windowThreshold: 0.6, f1: 0.698, recall: 0.7 },
    { threshold: 0.2, windowThreshold: 0.4, f1: 0.65, recall: 0.9 },
  ];

  it('takes the best F1 when nothing is within the tie', () => {
    expect(chooseThresholds(candidates, 0)).toBe(candidates[0]);
  });

  it('gives a near tie to the pair that catches more complaints, and only a near tie', () => {
    expect(chooseThresholds(candidates, 0.003)).toBe(candidates[1]);
    expect(chooseThresholds(candidates, 0.003).f1).toBeGreaterThan(0.65);
  });
});
