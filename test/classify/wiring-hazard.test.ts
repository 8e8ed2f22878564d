import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWiringHazard } from '../../shared/classify/wiring-hazard.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const named = (text: string) => typesForWiringHazard([], text, ['environment', 'privacy_security', 'product_quality']).map((t) => t.type).sort();

// The guide: environment covers the premises' broken facilities, privacy_security unsafe premises; a socket that sparks or bare wiring is both.
describe('an electrical or fire hazard at the premises', () => {
  it('is environment and privacy_security (插座一插就打火, 电线裸露, 烟雾报警器被拆了, 消防通道堆满杂物)', () => {
    expect(types('插座松了 一插就打火 吓死人')).toEqual(expect.arrayContaining(['environment', 'privacy_security']));
    expect(types('卫生间电线裸露在外面，小孩子摸到怎么办')).toEqual(expect.arrayContaining(['environment', 'privacy_security']));
    expect(named('房间的烟雾报警器被拆了，只剩个底座')).toEqual(['environment', 'privacy_security']);
    expect(named('灭火器过期好几年了，消防通道还堆满了杂物')).toEqual(['environment', 'privacy_security']);
    expect(named('房间不错，就是吹风机一开就有焦味')).toEqual(['environment']);
    expect(named('房间里的插座一插就跳闸，还冒了点火星')).toEqual(['environment', 'privacy_security']);
    expect(named('房间没有烟雾报警器，也没有逃生图')).toEqual(['environment', 'privacy_security']);
    // A fire only supposed after the fault told (这要是着火怎么跑) does not unsay the fault.
    expect(named('安全通道被锁住了，这要是着火怎么跑')).toEqual(['environment', 'privacy_security']);
  });

  it('is named through the classifier for a blocked exit with no word of fire or wiring (its rule was passed over)', () => {
    expect(types('消防通道被锁死了，还堆满了杂物')).toEqual(expect.arrayContaining(['environment', 'privacy_security']));
    expect(types('安全出口被堵住了')).toEqual(expect.arrayContaining(['environment', 'privacy_security']));
  });

  it('is not named for a lighter, goods bought, a fault denied or only feared, or a dish still smoking', () => {
    expect(named('房间里有打火机和烟灰缸')).toEqual([]);
    expect(named('京东买的电热水壶，用了三天就漏电')).toEqual([]);
    expect(named('热水器是新的，不会漏电，放心洗')).toEqual([]);
    expect(named('外卖送到时火锅还冒着烟，热乎乎的')).toEqual([]);
    expect(named('做工不好，口袋里面的线都露出来了')).toEqual([]);
    expect(named('退房时前台说我房间的烟雾报警器被拆了，要罚款')).toEqual([]);
  });
});

// The guide: dangerous premises are urgent.
describe('a socket sparking when used, or the smoke alarm taken down', () => {
  const urgent = (text: string) => classifier.classifySync({ text }).urgent;
  it('is urgent (一插就打火, 烟雾报警器被拆了, 烟感是被拆掉的)', () => {
    expect(urgent('插座松了 一插就打火 吓死人')).toBe(true);
    expect(urgent('房间的烟雾报警器被拆了，只剩个底座')).toBe(true);
    expect(urgent('烟感是被拆掉的 天花板上就一个洞')).toBe(true);
    expect(urgent('卫生间的电线直接露在外面 还挨着淋浴')).toBe(true);
    expect(urgent('走廊的灭火器都是空的')).toBe(true);
    expect(urgent('房间里的插座一插就跳闸，还冒了点火星')).toBe(true);
  });
  it('is not urgent for a lighter or a smoke alarm that went off', () => {
    expect(urgent('房间里有打火机，方便抽烟的人')).toBe(false);
    expect(urgent('半夜烟感响了一下，前台说是误报')).toBe(false);
    expect(urgent('办理退房时前台说我房间的烟雾报警器被拆了，要罚款1000')).toBe(false);
  });
});
