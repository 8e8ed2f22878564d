import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('an English order come early, praised', () => {
  it('is no delivery complaint', () => {
    for (const text of ['Tracking updated every hour and the parcel came a day early. Perfect.', 'Arrived 20 minutes early and still piping hot, thank you!', 'Delivered ahead of schedule, great service.'])
      expect(types(text), text).not.toContain('delivery');
  });

  it('keeps delivery when the trip is faulted beside it', () => {
    for (const text of ['Arrived 20 minutes early but the soup had spilled all over the bag.', 'Came a day early but the box was crushed and the lamp broken.'])
      expect(types(text), text).toContain('delivery');
  });
});
