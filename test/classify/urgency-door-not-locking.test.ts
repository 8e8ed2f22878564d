import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: dangerous premises and personal-safety incidents are urgent.
describe('a room door that keeps no one out', () => {
  it.each([
    '门锁坏了 晚上随便一推就开 吓得我一夜没合眼',
    '房门没法反锁 只能拿行李箱顶着门睡',
    '酒店房间的门反锁不了 半夜听到有人在门口走来走去',
    '房門無法反鎖 一個人住很害怕',
  ])('is urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(true);
  });

  it.each([
    '卫生间的门不能反锁 有点尴尬',
    '门锁坏了 刷卡进不去房间 等了半天',
    '自动门一推就开 很方便',
  ])('is not urgent when only a bathroom door, a guest locked out or a door praised: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
