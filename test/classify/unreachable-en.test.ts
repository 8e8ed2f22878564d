import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: slow response by the business itself, the phone unanswered (电话没人接), is responsiveness.
describe('an English business out of reach', () => {
  it('is responsiveness', () => {
    for (const text of ['the phone line is always busy', "can't get through to anyone", "chat bot is useless, can't talk to a human"]) expect(types(text), text).toContain('responsiveness');
  });

  it('is none where a way through is named, or nothing of the business is out of reach', () => {
    for (const text of ["Generally happy, the app is slick. There's no way to reach a human without calling, but calling is quick.", "I couldn't reach the top shelf in the room lol, otherwise great"]) {
      expect(types(text), text).not.toContain('responsiveness');
    }
  });
});
