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
    expect(types('Is breakfast included in the price?')).not.toContain('price_billing');
    expect(types('How much does it cost to add a second line?')).not.toContain('price_billing');
  });
});
