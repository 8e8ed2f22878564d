import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Money counted short in the safe, drawer, bag or wallet the guest kept it in. */
describe('money gone from where the guest kept it', () => {
  it.each([
    ['我放在保险柜里的两千块钱少了一千，保险柜没有被撬的痕迹，只有酒店有备用密码。', '钱少了'],
    ['行李箱里放的现金，回来一数少了五百块，只有保洁进过房间', '少了五百块'],
  ])('%s → urgent, naming %s', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toBe(`reports theft or a personal-safety incident ("${signal}")`);
  });

  it.each(['押金退的时候少了200块，说是毛巾脏了', '钱包里的卡都在，就是担心钱少了', '退款少了十块钱，客服说是包装费'])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
