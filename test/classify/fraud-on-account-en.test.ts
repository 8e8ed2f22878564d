import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: stolen accounts and unauthorised transactions are privacy_security.
describe('fraud on an English customer account', () => {
  it('is privacy_security in a complaint', () => {
    for (const text of [
      "There are 3 transactions on my account I didn't make, total $1,240. I reported it as fraud and you're telling me it will take 10 business days??",
      'Someone got into my account and changed the password. Nobody at support will help me.',
    ]) expect(types(text), text).toContain('privacy_security');
  });

  it('is no type in thanks for it handled', () => {
    expect(types("Called the fraud hotline after seeing three transactions I didn't make. Got through in a minute and the agent froze the card. Brilliant.")).not.toContain('privacy_security');
  });
});
