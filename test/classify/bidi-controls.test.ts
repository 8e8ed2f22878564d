import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidi controls in what a customer wrote', () => {
  it('are not quoted into the urgency reason or the explanations: a right-to-left override there turned the console\'s own wording around', () => {
    const result = classifier.classifySync({ text: '房间甲醛味很重\u202e<b>ABC DEF</b>住了一晚咳嗽，太差了，投诉' });
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(/^reports harm to health \("甲醛味很重<b>abc def<\/b>住了一晚咳嗽"\)$/);
    expect(result.explanations.filter((line: string) => BIDI.test(line))).toEqual([]);
  });

  it('change no reading: the message is classified as without them', () => {
    const plain = '送餐太慢了，等了两个小时，饭菜都凉了';
    const withControls = `\u2067${plain.slice(0, 5)}\u202e${plain.slice(5)}\u2069\u200f`;
    const { explanations: _, ...reading } = classifier.classifySync({ text: plain });
    const { explanations: __, ...readingWith } = classifier.classifySync({ text: withControls });
    expect(readingWith).toEqual(reading);
  });
});
