import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: a family shut in a stalled lift, a window on the 22nd floor that opens all the way, and a back wrenched in a
// fall are urgent; a guest locked out of the room and a window that opens only a crack are not.
describe('shut in the lift, a high window that opens all the way, a back wrenched', () => {
  it.each([
    ['电梯突然停了 我们一家被关在里面四十分钟 孩子吓得哭到抽搐', 'danger to safety', '被关在里面'],
    ['酒店房间的窗户没有任何限制 我们住22楼 窗户能全部推开', 'danger to safety', '能全部推开'],
    ['房间的床架断了 人直接掉下去 我老公腰扭了', 'harm to health', '腰扭了'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '出去买个东西房卡忘带了 被关在门外 前台很快就给开了',
    '房间很高 窗户只能开一条缝 安全',
    '毛巾拧不干 扭了半天',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
