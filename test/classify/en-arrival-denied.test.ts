import { describe, expect, it } from 'vitest';
import { analyseEnglish } from '../../shared/classify/en-sentiment.ts';

const lexicon = (text: string) => analyseEnglish(text).raw;

// What should have come, denied, is the complaint though no word of it is a fault; a problem put right is praise.
describe('the English lexicon on arrivals denied and problems put right', () => {
  it('scores an arrival denied as a fault', () => {
    for (const text of ["the money still hasn't arrived", 'I never received my order', "haven't been refunded", 'it was not delivered', 'the refund never came'])
      expect(lexicon(text), text).toBeLessThan(0);
  });

  it('scores an arrival told, or a denial elsewhere in the clause, as nothing', () => {
    for (const text of ['it arrived on Tuesday', 'received it today']) expect(lexicon(text), text).toBe(0);
    expect(analyseEnglish('No issues, arrived early').explanations.join(' ')).toContain('arrived(0)');
  });

  it('scores a problem fixed, sorted or resolved as praise, and still not fixed as a fault', () => {
    for (const text of ['they fixed it in five minutes', 'sorted the same day', 'resolved quickly']) expect(lexicon(text), text).toBeGreaterThan(0);
    for (const text of ['still not fixed', 'never resolved']) expect(lexicon(text), text).toBeLessThan(0);
  });
});
