import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: wrong or missing items against what was ordered are order_accuracy.
describe('an English item given wrong, or part of the order only', () => {
  it('is order_accuracy', () => {
    for (const text of [
      'Asked for the dressing on the side, it came drowned in it. Also got the wrong side dish.',
      'They gave me the wrong drink.',
      'I got the wrong pizza, again.',
      'brought us the wrong wine and then charged us for it',
      'Only 2 of the 3 items came, the invoice lists all 3',
    ]) expect(types(text), text).toContain(ORDER);
  });

  it('is none for wrong information, or a mistake denied', () => {
    for (const text of [
      'The agent gave me the wrong information about my connection and I missed it.',
      "In two years they've never sent the wrong item, always spot on.",
      'Driver went the wrong way twice but got there.',
      'Rider was super polite even though I gave him the wrong building number lol',
    ]) expect(types(text), text).not.toContain(ORDER);
  });
});

const ORDER = 'order_accuracy';
