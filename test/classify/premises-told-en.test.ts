import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((entry) => entry.type);

describe('English premises faults told by what was found, heard or needed', () => {
  it('are environment, in passing in praise too', () => {
    for (const text of [
      'Good value, but bring earplugs.',
      'Paid 90 quid for a box room above a pub. Music till 1am on a Tuesday.',
      'Good for the price. Clean, central. Walls a bit thin.',
      'A long black hair on the white duvet. Not mine, not my wife\'s.',
      'Sticky floor, sticky table, sticky menu.',
      'The lighting is so dim you can\'t read.',
      'Would give 0 stars if I could. Water leaking from the ceiling onto the bed, they gave us a bucket.',
      'Loved the rooftop bar and pool. Lifts are slow, expect to wait.',
    ]) expect(types(text), text).toContain('environment');
  });

  it('leave a dish that is sticky alone', () => {
    expect(types('The sticky toffee pudding was amazing.')).not.toContain('environment');
    expect(types('Their mango sticky rice is dangerously good.')).not.toContain('environment');
  });
});
