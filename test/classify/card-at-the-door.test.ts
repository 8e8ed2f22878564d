import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** Someone with a card at the guest's room door, the room named between the card and the door. */
describe('a card used on the guest’s room door', () => {
  it.each([
    '凌晨三点有人刷我房间的门，门都打开了一条缝，幸好我挂了防盗链，前台说是工作人员走错了。',
    '半夜有人刷开了我们房间的门，吓得孩子直哭',
    '睡到一半听见有人在刷我房间门，开门一看是个喝醉的客人',
  ])('%s → urgent', (text) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toMatch(/^reports theft or a personal-safety incident/);
  });

  it.each(['房卡刷了好几次才开我房间的门，感应有点差', '前台给的房卡刷不开我房间的门，跑了两趟'])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
