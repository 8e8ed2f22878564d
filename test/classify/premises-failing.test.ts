import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

/** A lift, a smoke alarm or a glass door failing dangerously, told with words between the part and the failure. */
describe('premises failing, told apart', () => {
  it.each([
    ['电梯运行的时候突然往下掉了一截，吓得我们一家人腿都软了，找经理只说是正常检修', '电梯运行的时候突然往下掉'],
    ['坐电梯到一半突然下坠，门也打不开，喊了半天才有人来', '电梯到一半突然下坠'],
    ['半夜隔壁抽烟，烟味都飘进来了，我发现房间烟雾报警器是坏的，按了测试键根本不响', '烟雾报警器是坏的'],
    ['房间的烟感早就失灵了，前台说没事', '烟感早就失灵'],
    ['电梯差点往下掉，还好停住了', '电梯差点往下掉'],
    ['卫生间的玻璃门自己爆了，碎玻璃溅了一地，幸好当时没人在里面', '玻璃门自己爆了'],
  ])('%s → urgent, naming "%s"', (text, signal) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toBe(`reports a danger to safety ("${signal}")`);
  });

  it.each([
    '烟雾报警器测试了一下，没坏，挺好',
    '担心烟雾报警器是坏的，问了前台说每月都检查',
    '电梯有点慢，高峰期要等很久',
    '房间烟雾报警器一直在闪，有点影响睡觉',
    '办理退房时前台说我房间的烟雾报警器被拆了，要罚款1000。我根本没碰过那个东西！',
    '淋浴房的玻璃门有点松，关的时候要轻一点',
    '电梯晃得厉害感觉会往下掉，吓人',
    '电梯好像随时会下坠一样，很旧',
    '淋浴房的玻璃门感觉随时会爆裂',
  ])('%s → not urgent', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
