import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: slow response by the business itself is responsiveness; the corpus labels requests asked again and again so.
describe('an English request asked for again and again', () => {
  it('is responsiveness', () => {
    for (const text of ['Had to ask 3 times for water', 'Nice pasta. We asked twice for the bill and gave up waiting.']) expect(types(text), text).toContain('responsiveness');
  });

  it('is none when the staff ask', () => {
    expect(types('The waiter asked twice if everything was ok, lovely')).not.toContain('responsiveness');
  });
});
