import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

const classifier = createLocalClassifier();

it.each(['床垫软硬适中 枕头不高不低', '热水不用等 水压足 洗头超舒服'])('%s, things just right, is praise with no type', (text) => {
  expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] });
});

it('leaves a lukewarm 不咸不淡 a complaint', () => {
  expect(classifier.classifySync({ text: '汤不咸不淡的 没什么味道' }).sentiment.label).toBe('negative');
});
