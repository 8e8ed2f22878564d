import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: complaints not resolved after the problem are after_sales; money taken that should not be is price_billing.
describe('an English cancellation not honoured or barred', () => {
  it('is after_sales, and price_billing when the money still goes', () => {
    for (const text of [
      "I cancelled my contract in March and you're STILL billing me. I've sent the confirmation email 3 times.",
      "Cancelled 3 months ago, they're still charging my card and now say they'll send me to collections.",
      'cancelled my subscription in january and they keep taking money every month',
    ]) expect(types(text), text).toEqual(expect.arrayContaining(['after_sales', 'price_billing']));
    for (const text of [
      'Trying to cancel my gym membership is a nightmare. They say I have to come in person or send a letter.',
      "Your app won't let me cancel, the button just reloads the page.",
      "I have been trying to close my account for 6 weeks. If this isn't resolved by Friday I'm filing a complaint.",
    ]) expect(types(text), text).toContain('after_sales');
  });

  it('is none where the cancellation went through or nothing was cancelled', () => {
    for (const text of [
      'Cancelled my membership online in two minutes, no questions asked. Great gym, just moving away.',
      'Our flight was cancelled but the crew were lovely and rebooked us straight away.',
      'Still charging my phone with the cable they sent, works great.',
    ]) expect(types(text), text).not.toContain('after_sales');
  });
});
