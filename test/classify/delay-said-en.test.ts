import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: getting the customer or the order where it goes, late, is delivery; the corpus labels an airline's delay so.
describe('an English delay told with its length or as one more', () => {
  it('is delivery', () => {
    for (const text of [
      '@SkyJetAir great, another 3 hour delay. love spending my whole saturday at gate B22 #not',
      'Flight was delayed an hour but the crew were so lovely and kept us updated the whole time.',
      'delayed 4 hours, no food vouchers, and nobody at the gate knows anything',
      'My parcel has been delayed again. Third time this week.',
      'we sat on the tarmac for 2 hours with no water',
      'missed my connection because of your delay, now stuck in Dallas overnight',
    ]) expect(types(text), text).toContain('delivery');
  });

  it('is none for the delayed flight before a stay, or a delay denied', () => {
    for (const text of [
      'Our flight was delayed 6 hours and the hotel held the room and kept the restaurant open for us. Lifesavers.',
      'No delays at all, landed 20 minutes early.',
    ]) expect(types(text), text).not.toContain('delivery');
  });
});
