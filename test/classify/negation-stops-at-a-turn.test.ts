import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { verdict } from '../support/verdict.ts';

const classifier = createLocalClassifier();
const lexiconLine = (text: string) => classifier.classifySync({ text }).explanations.find((line) => line.startsWith('zh lexicon')) ?? '';

// Found on a new writer's hotel reviews (measure-s34-zh-hotel, read for its errors after it was measured).
it.each([
  '带孩子来看病，医院旁边的酒店都很贵，这家性价比高。房间不大但很干净，有电热水壶和消毒柜，孩子的奶瓶可以消毒。唯一的问题是隔音不好，晚上走廊里总有人打电话。',
  '离地铁站很近，前台也热情。房间不大却很干净，床也舒服。唯一的缺点是早餐品种少。',
])('the 不 of 不大 does not reach over 但 or 却 to the praise after it: %s → positive', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
  expect(lexiconLine(text)).not.toMatch(/不大[但却]很干净\(-/);
});

it('still reads a degree and a negator that stand together (不是很干净)', () => {
  expect(lexiconLine('房间不是很干净')).toMatch(/不是很干净\(-/);
});

it.each(['房间不大但五脏俱全，就是窗户对着后厨排风口，有点油烟味', '麻雀虽小五脏俱全'])('五脏俱全 is praise, not 脏: %s', (text) => {
  expect(lexiconLine(text)).toContain('五脏俱全(+');
});
