import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const COMPLAINT = '快递三天还没到，客服也不回复，太差了。';

/**
 * A complaint followed by something pasted (a log, escaped JSON, markup): the model's n-grams of
 * the paste must not outweigh the customer's words however long it runs. Each n-gram counted
 * without a bound turned this complaint into praise after 50 repetitions of `"\`.
 */
describe('a complaint followed by a long paste', () => {
  it.each([
    ['"\\', 50],
    ['"\\', 500],
    ['"\\', 49_000],
    ['{"a":"b"},', 3_000],
    ['<div></div>', 3_000],
  ])('stays a negative complaint after %j ×%i', async (junk, times) => {
    const reading = await classifier.classify({ text: `${COMPLAINT}${junk.repeat(times)}` });
    expect([reading.sentiment.label, reading.intent]).toEqual(['negative', 'complaint']);
  });
});
