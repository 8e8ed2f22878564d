import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness or a reaction after eating and theft (of an identity too) are urgent. A face swollen like a pig's
// after eating, legs gone weak from the purge and an identity card used by someone else to check in are told that way; eyes
// swollen from crying and a question whether someone used the card stay calm.
describe('a face swollen after eating, legs gone weak from the purge, an identity card used by someone else', () => {
  it.each([
    ['吃完脸肿的跟猪头一样', 'harm to health', '脸肿的'],
    ['吃了那个酸奶 拉的我腿都软了', 'harm to health', '拉的我腿'],
    ['退房后有人用了我的身份证在别的城市开房 只可能是这家酒店泄露的', 'theft or a personal-safety incident', '用了我的身份'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '昨晚哭了一场 早上眼睛肿得跟桃子一样 酒店倒是安静',
    '是不是有人用了我的身份证 酒店说要查一下',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
