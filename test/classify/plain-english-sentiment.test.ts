import { describe, expect, it } from 'vitest';
import { analyseEnglish } from '../../shared/classify/en-sentiment.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

/**
 * Short English sentences as a new user types them (written for this test, none from the corpus):
 * hotel, food delivery and support; praise, complaints, mixed, and complaints told as plain events
 * with no sentiment word, where the English model's word weights decide (issue 9).
 */
const classifier = createLocalClassifier();
const label = (text: string) => classifier.classifySync({ text }).sentiment.label;

type Expected = readonly ['positive' | 'negative', string];

const HOTEL: readonly Expected[] = [
  ['negative', 'The air conditioning rattled all night and we barely slept.'],
  ['negative', 'Our room wasn\'t ready until six in the evening.'],
  ['negative', 'The shower only ran cold for the whole stay.'],
  ['negative', 'Housekeeping never came, so we slept on the same sheets for four nights.'],
  ['negative', 'I asked for extra towels three times and nobody brought them.'],
  ['negative', 'They charged my card twice for the same night.'],
  ['negative', 'The pool was closed the entire week without any notice.'],
  ['negative', 'No one at reception could tell us where the parking was.'],
  ['negative', 'Pleasant lobby, awful room.'],
  ['positive', 'The staff upgraded us to a sea view room for our anniversary.'],
  ['positive', 'Check-in took two minutes and the bed was very comfortable.'],
  ['positive', 'They kept our bags after checkout so we could explore the old town.'],
  ['positive', 'We will definitely stay here again next summer.'],
  ['positive', 'Small room, but spotless and quiet, and the breakfast was excellent.'],
  ['positive', 'The view from the balcony was worth every penny.'],
];

const FOOD_DELIVERY: readonly Expected[] = [
  ['negative', 'My order arrived an hour late and the noodles were stuck together.'],
  ['negative', 'Half the order was missing and the driver had already left.'],
  ['negative', 'The pizza came with pineapple although I asked for none.'],
  ['negative', 'The burger was raw in the middle.'],
  ['negative', 'The soup leaked all over the bag.'],
  ['negative', 'I waited ninety minutes and the order never showed up.'],
  ['negative', 'The rider left the food at the wrong building and stopped answering his phone.'],
  ['negative', 'Paid for a large portion and got a small one.'],
  ['positive', 'Still hot when it arrived and the curry was delicious.'],
  ['positive', 'Generous portions and they remembered the extra chilli.'],
  ['positive', 'Best dumplings I have had in this city.'],
  ['positive', 'Arrived fifteen minutes early, everything packed neatly.'],
  ['positive', 'Ordering again tomorrow, the kids loved it.'],
  ['positive', 'A little late, but the food was fantastic and the driver apologised.'],
];

const SUPPORT: readonly Expected[] = [
  ['negative', 'I have emailed support four times and still have no answer.'],
  ['negative', 'They closed my ticket without fixing anything.'],
  ['negative', 'I was on hold for forty minutes and then the call dropped.'],
  ['negative', 'The agent promised a callback that never happened.'],
  ['negative', 'My refund was approved a month ago and the money still hasn\'t arrived.'],
  ['negative', 'Nobody could explain why my account was locked.'],
  ['positive', 'Sara on the chat fixed my billing problem in five minutes.'],
  ['positive', 'The agent stayed on the phone until the router worked again.'],
  ['positive', 'My refund came through the next day, thank you.'],
  ['positive', 'Really patient support team, they explained everything clearly.'],
  ['positive', 'The replacement arrived two days after I reported the fault.'],
  ['negative', 'Polite staff, but three weeks later my problem is still not solved.'],
  ['positive', 'Took a while to get through, but once I did they sorted it quickly.'],
];

/** Read wrong today, kept in sight (why, in each). */
const KNOWN_MISSES: readonly (readonly [...Expected, string])[] = [
  ['negative', 'The lift was out of order and we were on the ninth floor.', 'no lexicon word; the pairs \'were on\' and \'order and\' lean positive'],
  ['positive', 'The night porter walked us to a pharmacy at midnight.', 'a kindness told without a word of praise; \'at midnight\' leans negative'],
  ['negative', 'The breakfast was fine but the noise from the bar kept us up until 3am.', '\'kept us up\' is no lexicon fault, and \'fine\' before the contrast outweighs it'],
  ['negative', 'The fries were good but the chicken tasted off and my stomach hurt afterwards.', '\'tasted off\' is no lexicon fault; \'good\' and \'good but\' weigh more than \'hurt\''],
  ['negative', 'The chat bot keeps sending me in circles.', 'no lexicon word; \'going in circles\' is a figure the corpus lacks'],
];

describe('plain English sentences', () => {
  for (const [domain, sentences] of [['hotel', HOTEL], ['food delivery', FOOD_DELIVERY], ['support', SUPPORT]] as const) {
    it(`reads ${domain} praise and complaints as the customer means them`, () => {
      for (const [expected, text] of sentences) expect(label(text), text).toBe(expected);
    });
  }

  for (const [expected, text, why] of KNOWN_MISSES) it.todo(`${expected}: ${text} (${why})`);
});

// Known misreading since session 28's retrain on the service trades (where drivers are mostly complained of): the model leans
// negative on "driver" (score -0.02). it.fails: it alerts when fixed.
it.fails('reads "The driver called ahead and found my flat easily." as praise (known misreading)', () => {
  expect(label('The driver called ahead and found my flat easily.')).toBe('positive');
});

describe('English complaints the lexicon used to miss', () => {
  it('reads help denied by who should give it as a fault', () => {
    expect(analyseEnglish('Nobody at the front desk could help.').raw).toBeLessThan(0);
    expect(analyseEnglish('There was no one around to help.').raw).toBeLessThan(0);
    expect(analyseEnglish('The front desk could help.').raw).toBe(0);
    expect(label('The wifi kept dropping and nobody at the front desk could help.')).toBe('negative');
    expect(label('The room was nice but the wifi kept dropping and nobody at the front desk could help.')).toBe('negative');
  });

  it('reads a late checkout as the favour it is, and lateness still as a fault', () => {
    expect(analyseEnglish('They gave us a late checkout.').raw).toBe(0);
    expect(analyseEnglish('We got a late check-out.').raw).toBe(0);
    expect(analyseEnglish('The driver was late.').raw).toBeLessThan(0);
    expect(label('Front desk sorted out our late checkout without any fuss.')).toBe('positive');
  });
});
