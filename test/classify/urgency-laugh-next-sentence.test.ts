import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide counts a threat to go to a regulator; one taken back as a joke in the very next sentence is no threat.
describe('a regulator threat laughed off at the start of the next sentence', () => {
  it.each([
    '这个味道我能投诉到消协吗？开玩笑的，就是太淡了',
    '贵成这样我要去消协！哈哈哈，不过确实有点贵',
    '这价格我要报警了！开个玩笑，味道还可以',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));

  it.each([
    ['已经打了12315。开玩笑吧你们，头发都吃出来了', '12315'],
    ['我要投诉到消协！别以为我是开玩笑', '消协'],
    ['我要报警了！这是开玩笑吗？菜里吃出碎玻璃', '报警'],
  ])('is urgent: %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain(signal);
  });
});
