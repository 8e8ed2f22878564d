import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const sentiment = (text: string) => classifier.classifySync({ text }).sentiment.label;

// A problem left unsolved (解决不了问题) was read as 不…问题, "no problem", and counted as praise.
describe('a problem left unsolved', () => {
  it('is negative after courteous service', () => {
    expect(sentiment('客服态度不错，但解决不了问题，一直让我等')).toBe('negative');
  });

  it('leaves a problem solved as praise', () => {
    expect(sentiment('客服很耐心，十分钟就解决了问题')).toBe('positive');
  });
});
