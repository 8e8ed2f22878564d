import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// The guide: lawyers or lawsuits, and actual injury, are urgent. English customers name them in more ways than
// "lawyer" and "injured": plural lawyers, solicitors, court, a legal notice (India); a neck hurt in a crash, a night at urgent care.
describe('English legal threats and injuries told as events', () => {
  it('are urgent', () => {
    for (const text of [
      'We were only notified that our customer data was exposed three weeks after it happened. Our lawyers will be in touch.',
      'I have passed this to my solicitor.',
      'Pay back the £340 or I will see you in court.',
      "If the refund isn't in my account by Monday I'm taking you to court.",
      'I will be sending a legal notice to your head office if this is not resolved.',
      'Going to sue you for every penny of this.',
      'My driver was on his phone, ran a red light and rear-ended a van. I hurt my neck and had to go to urgent care. The app sent me a rate-your-trip survey.',
      'The cabin bag fell out of the overhead bin onto my head, I had a concussion.',
      'Got whiplash when the bus braked hard, your driver did not even stop.',
      'Slipped on the wet floor at your branch and ended up in hospital.',
      'Referring this to the national enforcement body under EU261 if I hear nothing in 14 days.',
    ]) expect(urgent(text), text).toBe(true);
  });

  it('are not urgent when the words name no threat or no harm', () => {
    for (const text of [
      'Sue at the front desk was lovely and sorted our late checkout.',
      'The hotel has a tennis court and a food court next door, great for families.',
      'Great lawyer-recommended insurer, quick claim and friendly agent.',
      'Nobody got hurt, thankfully, but the lift jolted badly.',
      "Didn't hurt my wallet either, cheapest plan around.",
    ]) expect(urgent(text), text).toBe(false);
  });
});
