import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** 拉肚子 after a bare 拉 phrase (开始拉, 一直拉) is quoted whole, and counts as 拉肚子 does. */
describe('拉肚子 behind a bare 拉', () => {
  it.each([
    ['酒店的热水壶里面有一层白色的东西，烧水喝了以后，晚上就开始拉肚子，怀疑是没清洗过。', '开始拉肚子'],
    ['吃完回去一直拉肚子，一晚上没睡', '一直拉肚子'],
    ['住了两天开始拉肚子，不知道是不是酒店的水有问题', '开始拉肚子'],
  ])('%s → urgent, quoting %s', (text, harm) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toBe(`reports harm to health ("${harm}")`);
  });

  it.each(['点了这家三年了，从来没有拉肚子，很放心', '担心会不会拉肚子，结果啥事没有，味道还挺好的'])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
