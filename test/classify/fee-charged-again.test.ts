import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: unexpected fees are price_billing; a call-out fee charged again or charged for nothing done is one.
describe('a fee charged again or for nothing', () => {
  it('is price_billing', () => {
    expect(types('热水器修了两回，第二回师傅又要再收一次检测费')).toContain('price_billing');
    expect(types('师傅没修好，上门费照收')).toContain('price_billing');
  });

  it('is none for a fee not charged again', () => {
    expect(types('师傅人很好，没有再收一次钱')).not.toContain('price_billing');
  });
});
