/**
 * An undo judges again what a message's classification read from the merged history: the
 * classifier's repeated-complaint urgency. Checked against the real classifier, so a change to
 * how it words that reason cannot leave undos editing a reason that is no longer there.
 */
import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import type { Classification } from '../../shared/classify/types.ts';
import { withHistory } from '../../shared/timeline/history-urgency.ts';

const classifier = createLocalClassifier();
const none = { recentComplaints: 0, unresolvedComplaints: 0 };
const three = { recentComplaints: 3, unresolvedComplaints: 3 };
const two = { recentComplaints: 2, unresolvedComplaints: 2 };

describe('withHistory', () => {
  it.each([
    ['换货又寄错了，太差劲了', false],
    ['退款一直不到账，再不处理我就找律师起诉你们', true],
  ])('"%s": the classification made with one history, judged with another, is the one the classifier makes with it', async (text, urgentOnItsOwn) => {
    const [alone, repeated, repeatedTwo] = (await Promise.all([none, three, two].map((history) => classifier.classify({ text, history })))) as [Classification, Classification, Classification];
    expect(alone.urgent).toBe(urgentOnItsOwn);
    expect(repeated.urgentReason).toContain('3 unresolved');
    expect(withHistory(repeated, none)).toEqual(alone);
    expect(withHistory(alone, three)).toEqual(repeated);
    expect(withHistory(repeated, two)).toEqual(repeatedTwo);
    expect(withHistory(repeated, three)).toBeUndefined();
    expect(withHistory(alone, none)).toBeUndefined();
  });

  it('a message that is not negative is never urgent for its history', async () => {
    const thanks = await classifier.classify({ text: '谢谢，问题解决了，非常满意', history: three });
    expect(thanks.urgent).toBe(false);
    expect(withHistory(thanks, three)).toBeUndefined();
  });
});
