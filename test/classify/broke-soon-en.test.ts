import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: the thing bought is bad (defective, broken) is product_quality, in a satisfied review too.
describe('an English thing bought that gave out soon', () => {
  it('is product_quality', () => {
    for (const text of [
      'Good value overall but the zipper broke after a month. Customer service sent a replacement straight away so 4 stars.',
      'the heel snapped on the first wear',
      'Charger died within 2 weeks.',
      'Cute mug but the print peeled off after a few washes',
      'Leaks after a week',
    ]) expect(types(text), text).toContain('product_quality');
  });

  it('is none when it lasted, or nothing bought gave out', () => {
    for (const text of [
      "Had these boots 3 years and they haven't broke after all that hiking. Love them.",
      'We broke the record for fastest delivery lol, arrived after 10 minutes. Great service.',
    ]) expect(types(text), text).not.toContain('product_quality');
  });
});
