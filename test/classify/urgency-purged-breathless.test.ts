import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: 拉肚子 and illness after eating are urgent. Diarrhoea told by where it left the body (拉到虚脱) and breath that
// would not come after a dish (喘不上来气) are the same harm; a stuffy room that takes the breath stays calm.
describe('purged to exhaustion, breath that would not come after eating', () => {
  it.each([
    ['拉到虚脱', 'harm to health', '拉到虚脱'],
    ['昨晚的烤串 今天拉得腿软', 'harm to health', '拉得腿软'],
    ['吃了以后满脸通红 喘不上来气 以后再也不敢了', 'harm to health', '喘不上来气'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '房间没有窗户 闷得喘不上来气',
    '拉着行李箱爬了五层楼 累到虚脱',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
