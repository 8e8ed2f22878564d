import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const types = (text: string) => classify(text).complaintTypes.map((t) => t.type);

// The guide: the thing bought is bad is product_quality.
describe('English goods faulted for their make', () => {
  it('are product_quality, and a short message telling only that is negative', () => {
    for (const text of ['Returned it. Cheaply made.', 'very flimsy, bent on the first day', 'feels cheap and plasticky']) {
      expect(types(text), text).toContain('product_quality');
      expect(classify(text).sentiment.label, text).toBe('negative');
    }
  });

  it('are none for a hedged nitpick, or a building falling apart', () => {
    expect(types('Delicious and arrived well before the estimate. Sauce container a bit flimsy but held up')).not.toContain('product_quality');
    expect(types('2 stars. The building is clearly falling apart. Cracked tiles, peeling wallpaper.')).not.toContain('product_quality');
  });
});
