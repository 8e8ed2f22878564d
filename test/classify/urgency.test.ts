import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe('urgency as real customers say harm', () => {
  it.each([
    ['Got the chicken curry and there was a dead fly stuck in the sauce.', 'foreign object'],
    ['Small beetles crawling in the bread I bought this morning, already ate a slice.', 'foreign object'],
    ['I bit down on something hard in my burrito. A bolt. Chipped a tooth on it.', 'foreign object|health'],
  ])('%s → urgent (%s)', (text, reason) => {
    const result = classify(text);
    expect(result.urgent, text).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(reason, 'i'));
  });

  it.each([
    'Flies everywhere on the terrace, the staff should close the doors.',
    'The flight was late but the crew were lovely.',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent, text).toBe(false);
  });
});
