import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { sarcasticPraise } from '../../shared/classify/sarcastic-praise.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

describe('sarcastic praise in English', () => {
  it('opening a complaint is irony: negative', () => {
    expect(sentiment('I just loved paying a $40 resort fee nobody mentioned at booking, for a pool that was closed. Wonderful value.')).toBe('negative');
  });

  it('is told by its forms: echoed with "just", after "Oh", loving a grievance', () => {
    expect(sarcasticPraise('Great. Just great. Still no food after an hour.')).toBe('Great. Just great');
    expect(sarcasticPraise('Oh fantastic, the lift is broken again.')).toBe('Oh fantastic,');
    expect(sarcasticPraise('Really loving being charged twice for one night.')).toBe('Really loving being charged');
    expect(sarcasticPraise('Great food, just great service too.')).toBeUndefined();
  });

  it('in a tweet at a brand: praise opening on one more grievance, thanks for a loss, #not', () => {
    expect(sentiment('@SkyJetAir great, another 3 hour delay. love spending my whole saturday at gate B22')).toBe('negative');
    expect(sentiment('Thanks for the surprise upgrade, loved the suite!')).toBe('positive');
    expect(sentiment('thanks for losing my bag on a direct flight, really impressive work')).toBe('negative');
    expect(sarcasticPraise('Loved sitting on the tarmac for 2 hours #not')).toBe('#not');
    expect(sentiment('@JetCo nice job losing my stroller')).toBe('negative');
    expect(sentiment('Great job cancelling my flight with an hour notice, really')).toBe('negative');
    expect(sentiment('Great job on the new app, so much faster')).toBe('positive');
    expect(sarcasticPraise('Great, another happy customer here, thanks for a lovely stay!')).toBe('Great, another');
    expect(sentiment('Great, another happy customer here, thanks for a lovely stay!')).toBe('positive');
    expect(sarcasticPraise('Thanks so much for fixing my internet so fast')).toBeUndefined();
  });

  it('without a complaint is praise', () => {
    expect(sentiment('Amazing. Just amazing. The brisket melts.')).toBe('positive');
    expect(sentiment('Oh what a gem. The owner made us custard tarts on our last morning.')).toBe('positive');
  });
});

describe('applause framing a fault, no praise word in it', () => {
  it('is irony: negative', () => {
    expect(sentiment('great job guys 👏 internet down for the third time this week')).toBe('negative');
    expect(sentiment('nice one @Ryanair, 4 hour delay and not a single update 👏👏')).toBe('negative');
    expect(sentiment('Fibre has been rock solid since install, not a single drop. Nice one.')).toBe('positive');
    expect(sentiment('oh good, the app logged me out again and forgot my cart')).toBe('negative');
    expect(sarcasticPraise('Paid for next day delivery and it has been 5 days. Top notch service 🙃')).toBe('🙃');
  });

  it('beside real praise is praise', () => {
    expect(sarcasticPraise('Great job guys, the food was lovely but parking was tight')).toBeUndefined();
    expect(sentiment('Well done team, the new app is fast and the bill was correct.')).toBe('positive');
  });
});

describe('applause alone, no failure named', () => {
  it('is praise', () => {
    expect(sentiment('Great job guys 👏 see you next week')).toBe('positive');
  });
});
