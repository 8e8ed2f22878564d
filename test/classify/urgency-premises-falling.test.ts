import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

// The guide: dangerous premises are urgent. A part of the room told failing with words between the part and the failure.
describe('a part of the premises falling, loose or silent', () => {
  it.each([
    ['睡到凌晨空调外机连着支架一起掉了下来，整个窗台都砸坏了', '空调外机'],
    ['洗手台上面的镜子突然整块砸了下来，我刚好走开', '镜子'],
    ['半夜吊扇晃了几下就掉下来了，正好在床头位置', '吊扇'],
    ['走廊的栏杆都松了，一靠上去就往外歪', '栏杆'],
    ['四楼阳台的栏杆一推就晃，根本不敢让孩子出去', '栏杆'],
    ['烟感我按了测试键，一点反应都没有', '烟感'],
    ['烟雾报警器我们专门试了，压根没响', '烟雾报警器'],
    ['房間的吊燈半夜整個掉了下來', '吊灯'],
  ])('is urgent and the reason names the part: %s', (text, part) => {
    const result = classify(text);
    expect(result.urgent).toBe(true);
    expect(result.urgentReason).toContain('danger to safety');
    expect(result.urgentReason).toContain(part);
  });

  it.each([
    '空调滴水，水掉下来把地毯打湿了一片',
    '空调出风口的灰一吹就掉下来，脏死了',
    '吊灯看着有点旧，感觉随时会掉下来',
    '阳台栏杆很结实，视野也好',
    '烟雾报警器很灵敏，在房间里抽烟会响，要注意',
    '价格掉下来了，这次住得很划算',
    '镜子不够大，化妆不方便',
  ])('is not urgent when only dripping, dust, a fear, praise or another fall: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
