import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('English price_billing asked as a question', () => {
  it('a charge disputed as a question is price_billing', () => {
    expect(types('how does a 10 min ride cost $48?? surge pricing is out of control')).toContain('price_billing');
    expect(types("what is this 'convenience fee' on my statement? nobody mentioned it")).toContain('price_billing');
    expect(types('why was I charged an extra night when I checked out early?')).toContain('price_billing');
  });

  it('a plain price question is not', () => {
    expect(types('How much does it cost to add a second line?')).not.toContain('price_billing');
  });
});

// Known misreading since session 28's retrain: the model gives this question price_billing at 0.54 and the type's evidence tips
// its sentiment to -0.07, so it is not read as a question stating no problem. it.fails: it alerts when fixed.
it.fails('a plain price question about breakfast is no price_billing (known misreading)', () => {
  expect(types('Is breakfast included in the price?')).not.toContain('price_billing');
});
