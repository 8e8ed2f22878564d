import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { findUnstorableText } from '../../shared/text.ts';

const classifier = createLocalClassifier();

/** Emoji, and characters outside the basic plane the model reads by their first UTF-16 unit. */
const ASTRAL = ['😡', '👍', '🤮', '😭', '🙏', '🌊', '❤️', '𠮷', '𥔲', '🍜'];

describe("the classifier's answer", () => {
  it('quotes no half of a character outside the basic plane (an emoji read by its first unit)', () => {
    for (const text of ['送餐太慢了😡😡', '很好吃👍下次还来', '吃完想吐🤮 再也不点了', '找客服没人理😭', '实际送到的和图片完全不一样🙏']) {
      expect(findUnstorableText(classifier.classifySync({ text })), text).toBeUndefined();
    }
  });

  it('is storable text for any text of Chinese, Latin letters, emoji and punctuation', () => {
    const piece = fc.constantFrom(...ASTRAL, '好吃', '太慢', '房间', '脏', '不', '的', '，', '。', '!', ' ', 'ok', 'bad', '送餐', '😡很差', '拉肚子', '虫子',
      '“好评”', '以前很好吃，这次', '再也不来了', '不值这个价', '服务员态度', 'great ', 'the food was ', 'never again', 'food poisoning', '。。。', '\n', '回复：', '😂');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findUnstorableText(classifier.classifySync({ text })), text).toBeUndefined();
      }),
      { numRuns: 1000, seed: 37 },
    );
  });
});
