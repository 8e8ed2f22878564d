import { expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const lexiconLine = (text: string) => classifier.classifySync({ text }).explanations.find((line) => line.startsWith('zh lexicon')) ?? '';
const lexiconScore = (text: string) => Number(/^zh lexicon (-?[\d.]+)/.exec(lexiconLine(text))?.[1] ?? 0);

// Found by listing every negated phrase the lexicon read across the corpus: 别, 无, 未 inside other words.
it.each([
  ['浴缸里有别人的头发', '别人'],
  ['酒店的无线信号不好', '无线'],
  ['电脑经常无故死机', '无故'],
  ['图片与实物差别好大', '差别'],
  ['质量还行，就是比别家贵了几十块', '别家'],
])('%s: %s denies nothing, the fault stands', (text) => {
  expect(lexiconScore(text)).toBeLessThan(0);
});

it.each(['前所未有的差', '无比郁闷', '速度未免太慢了', '无耻的商家'])('%s: a degree or a word that holds a negator reads as the fault it is', (text) => {
  expect(lexiconScore(text)).toBeLessThan(-1);
});

it('still denies with the negator itself (没有头发, 不脏)', () => {
  expect(lexiconScore('床上没有头发，也不脏')).toBeGreaterThan(0);
});

// Found the same way, among the lexicon readings that disagreed with the customer's verdict.
it.each([
  ['这次买的两箱不是一般的差，真的很酸', '不是一般的 is beyond the ordinary'],
  ['这不是坑人吗？', 'a fault asked as 不是…吗 asserts it'],
  ['司机开口要200块辛苦费才肯送回来', 'a fee demanded for the trouble'],
  ['出了事谁负责？', 'who will answer for it'],
])('%s: %s, a fault', (text) => {
  expect(lexiconScore(text)).toBeLessThan(0);
});

it.each(['卫生这块真得好好整改', '你们的前台要好好培训一下'])('%s: 好好 in advice is no praise', (text) => {
  expect(lexiconLine(text)).not.toContain('好好(+');
});

it('keeps Cantonese 好好 (very good) as praise', () => {
  expect(lexiconScore('職員服務態度好好')).toBeGreaterThan(0);
});

it.each(['退款不给退', '商家说水果是当天切的，不同意退款', '客服说有划痕不能退款', '订单是不可退款的，只能全额收费', '衣服有线头也不给换'])(
  '%s: a refund or a return refused is a fault, not a refund needed denied',
  (text) => {
    expect(lexiconScore(text)).toBeLessThan(0);
  },
);

it.each(['说不是质量问题', '骑手说不是他的问题', '前台说不可能泄露'])('%s: someone else’s denial is no praise', (text) => {
  expect(lexiconScore(text)).toBeLessThanOrEqual(0);
});
