import { expect, it } from 'vitest';
import { withChineseForEnglishWords } from '../../shared/classify/english-in-chinese.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

// Chinese with English words in it, as customers in Shanghai, Hong Kong or Singapore write: the verdict was in the English,
// which no Chinese rule read. Written for this test; each read wrong before (no type, or sentiment by a hair).
it.each([
  ['环境nice，菜也不错，就是price有点高', 'positive', 'price_billing'],
  ['外卖delay了一个多小时', 'negative', 'delivery'],
  ['早餐很一般，not worth it', 'negative', 'price_billing'],
  ['房间好noisy', 'negative', 'environment'],
  ['taste很bland，不会再点', 'negative', 'product_quality'],
])('%s → %s, %s', (text, sentiment, type) => {
  const read = verdict(text);
  expect(read.sentiment).toBe(sentiment);
  expect(read.types).toContain(type);
});

it('puts English words in their Chinese, English words side by side as one phrase', () => {
  expect(withChineseForEnglishWords('taste很一般 but portion很大')).toBe('味道很一般 但是分量很大');
  expect(withChineseForEnglishWords('room not clean, staff很rude')).toBe('房间不干净, 员工很粗鲁');
  expect(withChineseForEnglishWords('check in等了半小时')).toBe('入住等了半小时');
});

it('leaves alone what it does not know and the words with two readings', () => {
  // bug: an app's fault as often as an insect; booking: the platform (在booking上订的) as often as a reservation.
  expect(withChineseForEnglishWords('app一直有bug，在booking上订的')).toBe('app一直有bug，在booking上订的');
  expect(withChineseForEnglishWords('酒店在ktv楼上')).toBe('酒店在ktv楼上');
  // Whole words only: "nicely" and "rooms" hold nice and room, "rooms" is its own word.
  expect(withChineseForEnglishWords('nicely done')).toBe('nicely done');
});

it('reads a message that is mostly English as English, untouched', () => {
  expect(verdict('The staff were rude and the room was dirty. 不推荐').types).toEqual(expect.arrayContaining(['service_attitude', 'environment']));
});

it('says in its explanations which words it read in other words, as the rules quote the Chinese', () => {
  const classifier = createLocalClassifier();
  expect(classifier.classifySync({ text: '房间好noisy，staff很rude' }).explanations[0]).toBe('language zh (simplified); read as: noisy → 吵, staff → 员工, rude → 粗鲁');
  expect(classifier.classifySync({ text: '間房好殘，冷氣又嘈，唔會再住' }).explanations[0]).toBe('language zh (traditional); read as: 好残 → 很旧, 嘈 → 吵, 唔 → 不');
  expect(classifier.classifySync({ text: '房间很吵' }).explanations[0]).toBe('language zh (simplified)');
});
