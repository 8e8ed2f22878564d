import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: going to a regulator or a lawyer is urgent; one named as where the place stands is not, nor is noise that makes the head spin.
describe('an authority or a lawyer as a landmark', () => {
  it.each([
    '酒店就在区法院对面，打车好找，房间偏小',
    '店在市场监管局旁边，中午排队的人多，味道一般',
    '楼下有个律师事务所，电梯早上很挤',
    '对面就是消协的办公楼，位置不难找，早餐一般',
    '楼上装修，电钻声吵得人头晕',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });

  it.each([
    ['已经联系了律师事务所，等着收律师函吧', '律师'],
    ['再不退押金我就去法院告你们', '法院'],
    ['我已经去市场监管局门口排队投诉了', '市场监管'],
  ])('still counts when the customer goes to it: %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain(signal);
  });
});
