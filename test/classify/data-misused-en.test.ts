import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: personal-data misuse is privacy_security.
describe("English marketing after the customer left, and the customer's data in other hands", () => {
  it('are privacy_security', () => {
    for (const text of [
      'I deleted my account and you\'re still emailing me.',
      'unsubscribed three times and I still keep getting your promo texts every day',
      'Now I get calls from a loan company. How did a third party get my number?',
    ]) expect(types(text), text).toContain('privacy_security');
  });

  it('alone in a short message, with no praise, are a complaint: negative', () => {
    expect(classifier.classifySync({ text: "I deleted my account and you're still emailing me." }).sentiment.label).toBe('negative');
  });

  it('are none for a customer who left happily', () => {
    expect(types('Unsubscribed from the newsletter in one click, and no more emails since. Easy.')).not.toContain('privacy_security');
  });
});
