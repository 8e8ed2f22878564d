import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

const classifier = createLocalClassifier();

it.each(['床垫软硬适中 枕头不高不低', '热水不用等 水压足 洗头超舒服', '枕头软硬合适', '隔音效果非常好，床垫也软硬合适，早上起来腰一点都不酸。', '房间重新装修过，床品换成了新的，躺上去很舒服。'])('%s, things just right, is praise with no type', (text) => {
  expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] });
});

it('leaves a lukewarm 不咸不淡 a complaint', () => {
  expect(classifier.classifySync({ text: '汤不咸不淡的 没什么味道' }).sentiment.label).toBe('negative');
});
