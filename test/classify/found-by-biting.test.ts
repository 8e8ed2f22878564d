import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** A foreign object found by biting on it, in a review that names no dish. */
describe('a foreign object found by biting', () => {
  it.each([
    ['一口咬下去咯到一个硬东西，吐出来一看是颗钉子，牙都差点崩了。', '钉子'],
    ['咬了一口感觉不对，吐出来发现是一块玻璃', '玻璃'],
    ['硌到牙了，吐出来是个小石头', '石头'],
    ['嚼着嚼着硌了一下牙，吐出来一看是截铁丝', '铁丝'],
  ])('%s → urgent, naming %s', (text, object) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toBe(`reports a foreign object in food ("${object}")`);
  });

  it.each([
    '客服一口咬定是我自己弄坏的，里面有个螺丝松了也不管',
    '床板太硬了，硌到腰，枕头里面有个塑料片',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
