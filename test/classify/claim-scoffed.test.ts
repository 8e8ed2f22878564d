import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => {
  const result = classifier.classifySync({ text });
  return { sentiment: result.sentiment.label, types: result.complaintTypes.map((entry) => entry.type) };
};

describe('what the listing or the menu claimed, asked back in scorn (这也叫…？)', () => {
  it('is misleading_promise and negative', () => {
    expect(read('这也叫五星？笑死')).toEqual({ sentiment: 'negative', types: ['misleading_promise'] });
    expect(read('这也能叫海景房？')).toEqual({ sentiment: 'negative', types: ['misleading_promise'] });
    expect(read('这也叫大床房？床宽1米2。').types).toContain('misleading_promise');
  });

  it('is no broken claim when the name is the dish\'s own', () => {
    expect(read('这也叫麻辣烫？一点都不辣').types).not.toContain('misleading_promise');
  });
});
