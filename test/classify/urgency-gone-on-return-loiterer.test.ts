import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: theft and personal-safety incidents are urgent. A belonging left in the room and gone when the guest woke or
// came back, told a clause later ("手机放床头充电 早上起来没了"), and a man hanging about the door knocking again and again
// at night are such incidents; a battery run down on return and a courier knocking twice at the door stay calm.
describe('a belonging gone on waking or return, a man hanging about the door at night', () => {
  it.each([
    ['手机放床头充电 早上起来没了 监控也说坏了', 'theft', '起来没了'],
    ['耳机放桌上 出去吃个饭回来就没了', 'theft', '回来就没了'],
    ['晚上有男的一直在我门口转悠 敲了好几次门 吓得一晚没睡', 'theft or a personal-safety incident', '门口转悠'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '充电宝放前台充电 回来就没了电',
    '早餐的包子去晚了 起来没了',
    '外卖小哥敲了好几次门我才听见 不好意思',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
