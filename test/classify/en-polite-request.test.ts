import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((t) => t.type) };
};

// The guide: a question or a request that names no problem is no complaint, and no verdict either way.
describe('an English message that opens by asking or requesting, its words manners only', () => {
  it('is neutral with no type, however polite (Good afternoon, Thanks, Best) or bare the question', () => {
    for (const text of [
      'Good afternoon, could you confirm whether my booking for 12 May includes breakfast? Thanks, Priya',
      'Do you allow dogs? We have a small border terrier',
      'Good afternoon, please could you update the billing address on order 5531. Many thanks',
      'hi is it possible to change payment to cash?',
    ])
      expect(read(text), text).toEqual({ sentiment: 'neutral', types: [] });
  });

  it('is left to the other readings when the question is rhetorical or tells a fault beside the asking', () => {
    for (const text of [
      'where is the sauce?? paid extra for garlic mayo',
      'Why does a flashlight app need my contacts and location?? Uninstalled.',
      "Hi, can you confirm if my windscreen claim is approved? The repair shop says they still haven't heard from you.",
      'my coupon got applied but then the total went up by £2? somethings off with your app',
      'Does the job. Nothing fancy, nothing wrong.',
    ])
      expect(classifier.classifySync({ text }).explanations.join(' '), text).not.toContain('a question or request only');
    expect(read('Why does a flashlight app need my contacts and location?? Uninstalled.').types).toContain('privacy_security');
  });
});
