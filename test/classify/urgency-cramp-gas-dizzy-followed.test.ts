import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, gas harming a guest and a man following a guest to her door are urgent;
// a taste that "makes the head spin" is hyperbole, and a porter walking the guest up is his job.
describe('a cramp rolled in, nausea that lasts, a gas heater and a dizzy guest, a man following her to the door, a taste told by dizziness', () => {
  it.each([
    ['吃完酸辣粉 半夜胃抽筋 疼得直打滚', 'harm to health', '胃抽筋'],
    ['点的卤肉饭 吃完肚子疼得在床上打滚', 'harm to health', '肚子疼'],
    ['外卖的米饭是馊的 吃了两口 下午一直恶心反酸', 'harm to health', '反酸'],
    ['酒店的热水器是燃气的 洗完澡人晕乎乎的 差点站不住', 'harm to health', '晕乎乎'],
    ['一个男的跟着我进了电梯 又跟到我房门口 保安都不管', 'personal-safety', '跟着我'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '甜品太甜了 齁得我头晕',
    '这个汤咸得头晕 不推荐',
    '热水器是燃气的 用之前要开窗 前台提醒了',
    '一个男的服务员跟着我到房门口帮我拿行李 很贴心',
    '肉有点腥 吃着有点反胃',
    '饭里吃到一根头发 恶心了一下午',
    '看到盒子里的头发 一直恶心 再也不点了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
