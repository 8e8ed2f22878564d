import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// The guide: a regulator threatened, and theft, are urgent. English customers of banks, telecoms and airlines name
// their own regulators (CFPB, FCC, Ofcom, the FCA, the BBB) and tell of fraud on their accounts in their own words.
describe('English regulators of other trades, and fraud on an account', () => {
  it('are urgent when the customer goes to the regulator or tells of money or an account taken', () => {
    for (const text of [
      "I have been trying to close my account for 6 weeks. If this isn't resolved by Friday I'm filing a complaint with the CFPB.",
      'Third outage this month and nobody can tell me why. Complaint going to Ofcom today.',
      "Already filed with the BBB, let's see if that gets a response",
      "There are 3 transactions on my account I didn't make. I reported it as fraud and you're telling me it will take 10 business days??",
      'fraudulent charges on my card from a store in another country, $900 gone',
      'Someone did a sim swap on my number and then got into my bank account. Nobody at your store will help.',
      'The lock on our door was broken and someone walked into our room at 2am.',
      'filed a DOT complaint about the refund',
      'the driver nearly crashed into a truck, I was terrified',
      "the gym's cable machine snapped and hit me in the face",
      'got a rash from the hotel sheets',
    ]) expect(urgent(text), text).toBe(true);
  });

  it('are not urgent when only named, or when the word is about the bill', () => {
    for (const text of [
      'Love the FCC-approved charger, works great.',
      'The fraud team called me within minutes to check a purchase, great service.',
      "Charging me after I cancelled is basically fraud. Refund me.",
      'Thanks so much for refunding the fraudulent charges so quickly, and for the new card.',
      'I have ported my number from another network 10 days ago but my old number still does not work.',
      'Landed right on the dot, smooth driver, no complaints.',
      "Rider ran a red light in front of my building, then handed me the food with a cigarette in his mouth. Food was fine.",
    ]) expect(urgent(text), text).toBe(false);
  });
});
