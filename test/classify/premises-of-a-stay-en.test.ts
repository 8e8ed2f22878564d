import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForEnglishPremisesOfAStay } from '../../shared/classify/premises-of-a-stay-en.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the premises of an English stay', () => {
  it('are environment, not product_quality', () => {
    for (const text of [
      'Bathroom door doesn\'t lock. Shower curtain mouldy.',
      'Shower water was brown for first few minutes each time. Not nice.',
      'Hot water ran out every morning. Had cold showers for 4 days at this hotel.',
      'the room was very dirty and the staff not friendly at all. never again, worst hotel',
    ]) {
      const found = types(text);
      expect(found, text).toContain('environment');
      expect(found, text).not.toContain('product_quality');
    }
    expect(types('Great location but reception staff were cold and unhelpful, didn\'t even say hello.')).not.toContain('product_quality');
  });

  it('leave product_quality to what is eaten, slept on or bought', () => {
    expect(types('Hotel room was fine but the breakfast was stale and cold, coffee undrinkable.')).toContain('product_quality');
    expect(types('very bad experience. room smelled of smoke and bedsheet had stains. front desk guy just shrugged')).toContain('product_quality');
    expect(types('The room service burger was awful, fries soggy and the bun stale.')).toContain('product_quality');
  });

  it('leave a home alone: its water and fittings are the supply bought', () => {
    const modelTypes = [{ type: 'product_quality', confidence: 0.9, phrases: [], problem: true }];
    expect(typesForEnglishPremisesOfAStay(modelTypes, 'The shower in our apartment is a dribble, water pressure weak for weeks.')).toEqual(modelTypes);
    expect(typesForEnglishPremisesOfAStay(modelTypes, 'The shower in our hotel room is a dribble, water pressure weak all week.')).toEqual([]);
  });
});
