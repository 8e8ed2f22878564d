import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: a foreign object in food, an injury, a danger on the premises, a personal-safety incident and
// illness after eating are urgent; a fright, tiredness, a fear and spice are not.
describe('a second look far from the drink, sparks told with 了, a fall by the tailbone, a door stopped by its chain, bruises from a pinch, bites blamed on bed bugs, weakness after eating', () => {
  it.each([
    ['奶茶喝到底 吸管吸上来一个黑乎乎的软东西 倒出来一看是只蟑螂的腿', 'foreign object', '蟑螂'],
    ['房间插座松的 插充电器的时候啪一下冒了火花 手指麻了半天', 'danger to safety', '冒了火花'],
    ['浴室地面全是水没有防滑垫 我老婆洗完澡出来直接一屁股坐地上 尾椎骨疼了好几天', 'harm to health', '尾椎骨疼'],
    ['卫生间地上有水，我摔了个屁股墩，到现在还疼', 'harm to health', '屁股墩'],
    ['半夜三点门口滴的一声 门被打开了 幸好挂了防盗链 前台解释说是把我的房间又卖给别人了', 'personal-safety', '门被打开了'],
    ['酒店电梯门夹人 我儿子胳膊被夹得青紫 服务员就说了句不好意思', 'harm to health', '被夹得'],
    ['住了两晚 后背和腿上全是一排一排的红包 又痒又疼 床垫里肯定有臭虫', 'harm to health', '红包'],
    ['送来的凉皮味道就不对 我吃了半份 现在整个人发虚冒冷汗 在床上躺了一下午', 'harm to health', '冒冷汗'],
    ['吃完这家的凉面 我们三个人第二天全都倒下了 全部请假', 'harm to health', '全都倒下'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '奶茶喝完了 吸管是纸的 泡软了一看是劣质货',
    '烤串的炭火一直冒火花，坐旁边有点热，味道不错',
    '爬了一天山 回到酒店一屁股坐在地上 累瘫了 房间还不错',
    '建议女生住的话挂上防盗链，这边晚上人杂',
    '灯光是青紫色的，挺有氛围，菜也好吃',
    '蚊子太多了 腿上全是一排一排的红包 又痒又疼',
    '一看账单吓得我直冒冷汗 吃的倒是挺好',
    '这家的菜辣得我直冒冷汗，太过瘾了',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});

describe('the chain that held the door, and a bruise told by its colour alone', () => {
  it.each([
    ['凌晨有人刷卡 还好有防盗链 门只开了一条缝', 'personal-safety', '还好有防盗链'],
    ['孩子在旋转门那里撞了一下，额头青紫一片', 'harm to health', '青紫'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));
});
