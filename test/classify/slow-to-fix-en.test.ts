import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: slow to fix a reported problem (反映了半天没人来修) is responsiveness.
describe('an English business slow to fix or answer', () => {
  it('is responsiveness, in a satisfied review too', () => {
    for (const text of ['Great apartment hotel. Took them 2 days to fix the dishwasher though.', 'Love the gym, but it took them three weeks to repair the rowing machines.', "The hotel was lovely but our room wasn't ready until 5pm"]) {
      expect(types(text), text).toContain('responsiveness');
    }
  });

  it('is none for a fix that was quick', () => {
    expect(types('The AC broke but it took them 5 minutes to fix it, great staff.')).not.toContain('responsiveness');
  });
});
