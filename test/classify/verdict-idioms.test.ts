import { expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

it.each(['大家避雷！', '慎入！', '慎点', '姐妹们快跑', '劝退', '别踩坑', '长点心吧', '辣鸡', '依托答辩💩', '给个两星'])('%s warns the next customer: negative', (text) => {
  expect(verdict(text).sentiment).toBe('negative');
});

it.each(['不亏', '这个价格不亏', '一点都不亏', '这顿血赚', '被种草了', '冲就完事了', '这家夯爆了', '吹爆这家店', '扣一星', '真香 上次的差评收回'])('%s praises: positive', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
});

it('reads four stars with one taken off for the delivery as a satisfied customer with a delivery complaint', () => {
  expect(verdict('四星吧 扣一星因为送得慢')).toEqual({ sentiment: 'positive', types: ['delivery'] });
});

it('names the price when slang calls it poor value', () => {
  expect(verdict('一碗面68 价格刺客')).toEqual({ sentiment: 'negative', types: ['price_billing'] });
  expect(verdict('人均200 血亏').types).toContain('price_billing');
});

it('takes no hotel class or week for a rating given', () => {
  expect(verdict('挂着四星的牌子，设施跟快捷酒店差不多，地毯都起球发黑了').sentiment).toBe('negative');
  expect(verdict('住了一星期，房间每天都打扫得很干净').sentiment).toBe('positive');
});

it('reads frozen meat not thawed as the fault it is, not a melt denied', () => {
  // 人均80 … 一整个大冤种 may also read as poor value (price_billing), as the corpus labels the same review with 还限时90分钟.
  const frozen = verdict('人均80的自助 品种少 肉都是冻的没化开 一整个大冤种');
  expect(frozen.sentiment).toBe('negative');
  expect(frozen.types[0]).toBe('product_quality');
  expect(verdict('冰淇淋送到都没化').sentiment).toBe('positive');
});

it('reads the courier leaving the order short of the door as a delivery complaint', () => {
  for (const text of ['打电话叫我下楼取', '放在小区门口就走了', '不给送到门口']) expect(verdict(text).types).toEqual(['delivery']);
});

it.each([
  ['Trash.', 'negative'],
  ['Scammers', 'negative'],
  ['Daylight robbery', 'negative'],
  ['Big yikes', 'negative'],
  ['Absolute banger', 'positive'],
])('reads the English verdict %s as %s', (text, sentiment) => {
  expect(verdict(text).sentiment).toBe(sentiment);
});

it.each(['不愧是排行榜第一,名不虚传', '果然名不虚传', '真不愧是老字号 味道没变', '不虚此行', '不负众望', '不得不夸一下骑手'])('%s praises through a 不: positive', (text) => {
  expect(verdict(text).sentiment).toBe('positive');
});

it('reads 还好意思 and 也好意思 as indignation, not as 好', () => {
  expect(verdict('超时四十分钟 还好意思打电话问我要好评？')).toEqual({ sentiment: 'negative', types: ['delivery'] });
  expect(verdict('明明订的是江景房，拉开窗帘只能看到江边的一个角，被树挡着，这也好意思叫江景？').sentiment).toBe('negative');
});

it('counts 俩 as two: 送了俩小时 is a long delivery', () => {
  expect(verdict('送了俩小时！！！俩小时！！！')).toEqual({ sentiment: 'negative', types: ['delivery'] });
});
