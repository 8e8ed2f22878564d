import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: not as described or advertised is misleading_promise; the corpus labels 假货 so.
describe('English goods said to be fakes', () => {
  it('are misleading_promise', () => {
    for (const text of [
      'These are obviously fake. The logo is crooked and the stitching is coming apart after one wear. Do not buy.',
      'Seller sent me a counterfeit, the serial number does not exist.',
      'cheap knock-off, nothing like the brand',
    ]) expect(types(text), text).toContain('misleading_promise');
  });

  it('are none for a fake smile, fake plants, or a fake denied', () => {
    for (const text of [
      'Lobby full of fake plants but the room was lovely.',
      'The receptionist gave us a fake smile and no help at all.',
      "Checked the serial with the brand, it's not fake, all good. Fast shipping.",
    ]) expect(types(text), text).not.toContain('misleading_promise');
  });
});
