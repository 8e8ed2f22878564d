import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomFixtureBroken } from '../../shared/classify/room-fixture-broken.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'product_quality'];
const named = (text: string) => typesForRoomFixtureBroken([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: environment covers the premises' old or broken facilities.
describe("a stay's room fitting said not working", () => {
  it('is environment, in a complaint or beside praise', () => {
    expect(types('住了三晚 床头的灯不亮 窗帘也拉不上')).toContain('environment');
    expect(types('酒店早餐不错 就是马桶冲不下去')).toContain('environment');
    expect(types('入住第一晚台灯就是坏的')).toContain('environment');
  });

  it('is environment when the fault is told with a mild degree (马桶有点堵, 水龙头有些漏水)', () => {
    expect(types('房间很漂亮，就是马桶有点堵，冲了好几次')).toContain('environment');
    expect(named('酒店不错，卫生间的花洒有些漏水')).toEqual(['environment']);
    expect(named('房间的灯有点暗')).toEqual([]);
  });

  it('is environment when a window lets the wind in (窗户漏风, 窗户关不严)', () => {
    expect(types('房间还行，窗户漏风，晚上冷')).toContain('environment');
    expect(named('酒店的窗户有点关不严，风呼呼的')).toEqual(['environment']);
    expect(named('房间的窗户很大，采光好')).toEqual([]);
  });

  it('is environment for a smoke alarm going off for nothing, the stay named or not (烟雾报警器半夜响了三次)', () => {
    expect(types('烟雾报警器半夜响了三次，吓死人了')).toContain('environment');
    expect(named('酒店房间的烟感一直乱响')).toEqual(['environment']);
    expect(named('买的烟雾报警器老是误报')).toEqual([]);
    expect(named('房间有烟雾报警器，很安心')).toEqual([]);
  });

  it('is environment when the guest says the fault frightened them (害怕, 可怕 are no supposition)', () => {
    expect(named('住的民宿房门锁不上 晚上一个人好害怕')).toEqual(['environment']);
    expect(named('酒店的插座坏了还冒火花 太可怕了')).toEqual(['environment']);
    expect(named('怕房间马桶堵了 特意问了前台')).toEqual([]);
  });

  it("is environment for the shower's water swinging hot and cold, beside a slow repair too", () => {
    expect(types('洗澡水一会冷一会热，打电话给总台说马上来修，结果等了一个小时也没人来')).toContain('environment');
    expect(named('房间还行，就是淋浴时冷时热')).toEqual(['environment']);
    expect(named('在京东买的热水器，装好后水温忽冷忽热')).toEqual([]);
    expect(named('入住的时候前台态度忽冷忽热')).toEqual([]);
  });

  it('is environment in traditional characters', () => {
    expect(types('房間的保險箱打不開 前台說明天再看')).toContain('environment');
  });

  it('is none by this rule for a fitting praised, bought, supposed or put right at once', () => {
    expect(named('酒店的灯很亮堂 窗帘遮光效果一流')).toEqual([]);
    expect(named('房间不大 台灯不暗 看书刚好')).toEqual([]);
    expect(named('买的冰箱不制冷 售后也不管')).toEqual([]);
    expect(named('如果房间马桶堵了就打前台电话')).toEqual([]);
    expect(named('房间灯坏了 服务员五分钟就换好了')).toEqual([]);
    expect(named('家里的马桶冲不下去')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRoomFixtureBroken([], '住了三晚 床头的灯不亮', ['product_quality'])).toEqual([]);
  });
});

describe("a business room's computer, the remote or the water heater not working (电脑是坏的, 开不了机)", () => {
  it('is environment, also in a long review about the price', () => {
    for (const text of [
      '出差常住这家酒店，离会展中心近，床舒服。缺点是会展期间价格翻好几倍，还经常订不到。这次订了个商务间，结果电脑是坏的，开不了机，叫人来修，说要明天，只能作罢。',
      '房间的电视遥控器坏了，换了电池也没用',
      '入住後發現熱水器壞了，洗不了澡',
    ]) {
      expect(types(text), text).toContain('environment');
    }
  });

  it('is none by this rule for a computer praised, bought, or a fault only supposed', () => {
    for (const text of ['房间电脑配置很好，打游戏很流畅', '买的电脑开不了机，住酒店时才发现', '如果房间电脑坏了可以找前台']) {
      expect(named(text), text).toEqual([]);
    }
  });
});
