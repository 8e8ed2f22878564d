import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: getting the order to the customer is delivery; the company's app or software misbehaving is digital_experience.
describe("English tracking that stalled, and an update that broke something", () => {
  it('a parcel whose tracking stalled is delivery', () => {
    for (const text of [
      'Order was supposed to arrive Tuesday. It\'s Saturday. Tracking hasn\'t updated since it "left the facility".',
      'tracking still says label created. a week later.',
      'No tracking updates since the 2nd, where is my parcel',
    ]) expect(types(text), text).toContain('delivery');
    // An order come early, praised (arrived-early-en.ts): the model alone gave it delivery at 0.23 after session 28's retrain.
    expect(types('Tracking updated every hour and the parcel came a day early. Perfect.')).not.toContain('delivery');
  });

  it('a software update that broke something is digital_experience', () => {
    for (const text of [
      'The sync between my laptop and phone stopped working after the last update and I lost two days of notes.',
      'since the latest update I get logged out every 5 minutes',
    ]) expect(types(text), text).toContain('digital_experience');
    expect(types('The online account is so much better since the update, love it.')).not.toContain('digital_experience');
  });
});

