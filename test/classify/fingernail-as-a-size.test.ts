import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** A fingernail given as the size of what was found is no fingernail: the reason names the object. */
describe('a fingernail as a size', () => {
  it.each([
    ['奶茶里喝出一个指甲盖那么大的塑料片，差点卡喉咙，恶心到吐。', '塑料片'],
    ['外卖的米饭里吃出一个指甲盖大小的塑料片，差点咽下去', '塑料片'],
    ['汤里捞出指甲大小的一块玻璃', '玻璃'],
    ['吃出了一片指甲盖大的铁皮，嘴里划了口子，要求赔偿！', '铁皮'],
  ])('%s → the reason names %s', (text, object) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(new RegExp(`^reports a foreign object in food \\("${object}"\\)`));
  });

  it('a fingernail found in the food is still one', () => {
    expect(classify('炒饭里吃出一片指甲，恶心死了').urgentReason).toMatch(/^reports a foreign object in food \("指甲"\)/);
  });
});
