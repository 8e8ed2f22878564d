import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForThingsTaken } from '../../shared/classify/unsafe-or-exposed-en.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY = ['privacy_security', 'order_accuracy'];
const faintOrder = [{ type: 'order_accuracy', confidence: 0.62, phrases: ['missing'], problem: true }];

// The guide: theft is privacy_security.
describe("an English customer's things taken", () => {
  it('is privacy_security, and the watch missing is no item short of an order', () => {
    const found = types('Someone entered our room while we were out, and my watch is missing.');
    expect(found).toContain('privacy_security');
    expect(found).not.toContain('order_accuracy');
    expect(types('My phone was stolen from the room.')).toContain('privacy_security');
  });

  it("keeps order_accuracy where the order is told, and names nothing for an animal's theft or a denial", () => {
    expect(typesForThingsTaken(faintOrder, 'my bag was stolen and the order was missing two items', TAXONOMY).map((t) => t.type)).toEqual(['privacy_security', 'order_accuracy']);
    expect(typesForThingsTaken([], 'So many monkeys around the villa, they stole our snacks off the balcony haha', TAXONOMY)).toEqual([]);
    expect(typesForThingsTaken([], 'Nobody stole my wallet, I just lost it.', TAXONOMY)).toEqual([]);
  });
});
