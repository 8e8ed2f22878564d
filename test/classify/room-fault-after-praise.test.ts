import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomFaultAfterPraise } from '../../shared/classify/room-fault-after-praise.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });
const DEFAULT_TYPES = ['environment', 'product_quality'];
const named = (text: string) => typesForRoomFaultAfterPraise([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: environment covers room condition and noise; a positive review may still voice it.
describe('a room faulted after praise, its subject not repeated', () => {
  it('is environment, and the review stays positive', () => {
    for (const text of ['房间挺整洁的 就是有点小', '客房装修很新，可惜有点吵', '房间干净卫生 只是稍微暗了点']) {
      expect(classify(text).complaintTypes.map((t) => t.type), text).toContain('environment');
      expect(classify(text).sentiment.label, text).toBe('positive');
    }
  });

  it('is environment in traditional characters', () => {
    expect(classify('房間很整潔 但是有點舊').complaintTypes.map((t) => t.type)).toContain('environment');
  });

  it('is none by this rule when the turn names something else, the price or a feeling', () => {
    expect(named('房间很大 就是有点小贵')).toEqual([]);
    expect(named('房间很干净 就是早餐有点少')).toEqual([]);
    expect(named('房间很温馨 就是有点小遗憾没看到海')).toEqual([]);
    expect(named('房间很干净 就是不小')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRoomFaultAfterPraise([], '房间挺整洁的 就是有点小', ['product_quality'])).toEqual([]);
  });
});
