import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { findIntentCues } from '../../shared/classify/intent.ts';

const classifier = createLocalClassifier();

describe('a question told by its closing particle, with no question mark', () => {
  it('reads the particle last, past closing stops, spaces and tildes only', () => {
    expect(findIntentCues('发票可以开公司抬头吗').weakInquiry).toBe('?');
    expect(findIntentCues('发票可以开公司抬头么。。 ~\u3000\t').weakInquiry).toBe('?');
    expect(findIntentCues('到了没呢！').weakInquiry).toBe('?');
    expect(findIntentCues('是吗，好吧').weakInquiry).toBeUndefined();
    expect(findIntentCues('吗哈').weakInquiry).toBeUndefined();
    expect(findIntentCues('。。。').weakInquiry).toBeUndefined();
    expect(findIntentCues('').weakInquiry).toBeUndefined();
  });
});

describe('a lukewarm remark alone or a few in a row', () => {
  it('is no complaint, in either language and any case', () => {
    for (const text of ['还行吧', '一般般', '位置还行 房间一般 早餐一般', 'It was OK', 'Meh.', 'so-so']) {
      const result = classifier.classifySync({ text });
      expect(result.intent, text).toBe('other');
      expect(result.complaintTypes, text).toEqual([]);
    }
  });
});
