import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, dangerous premises and personal-safety incidents are urgent; a bad night, a bought
// appliance's smell, a camera that is not there, a table's scratches are not.
describe('gas by any name, a shower door bursting, a stranger walking in, a hidden camera, purged to exhaustion, a pet pumped', () => {
  it.each([
    // Gas smelt or leaking in a room or a kitchen: 瓦斯 is Taiwan's word, the stove or the pipe may stand between.
    ['一進房間就有一股瓦斯味，櫃檯說是正常的', 'danger to safety', '瓦斯味'],
    ['公寓厨房的燃气灶一直在漏气，管家说明天才来修', 'danger to safety', '燃气灶一直在漏'],
    ['房间里有很重的煤气的味道，我们连夜换了酒店', 'danger to safety', '煤气的味'],
    ['民宿的天然气管子漏了，开门就是一股味', 'danger to safety', '天然气管子漏了'],
    // A glass shower door that bursts, and the cut counted by its strokes.
    ['洗到一半淋浴门突然炸了，满地碎玻璃', 'danger to safety', '淋浴门突然炸了'],
    ['酒店浴室的玻璃掉下来，我小腿被划了两道', 'harm to health', '划了两道'],
    // Someone let into the guests' room, or walking in on them.
    ['凌晨有人用房卡刷开了我们的房门，说是前台给错了卡', 'personal-safety', '刷开了我们的房门'],
    ['睡到半夜门开了，进来一个陌生的大叔，吓得我尖叫', 'personal-safety', '进来一个陌生'],
    // A camera hidden in the room.
    ['在床头的插座孔里发现一个摄像头，正对着床', 'personal-safety', '发现一个摄像头'],
    ['浴室镜子后面藏着针孔镜头，太恶心了', 'personal-safety', '针孔镜头'],
    // Purged to exhaustion after eating, a whole household at it, a pet's stomach pumped.
    ['昨晚那份凉皮吃完全家都在拉', 'harm to health', '都在拉'],
    ['吃了他们家的烤生蚝，我拉到虚脱，第二天都没去上班', 'harm to health', '拉到虚脱'],
    ['喝了那杯果汁以后吐得腿都软了', 'harm to health', '吐得腿都软'],
    ['房间角落放着老鼠药，我家猫舔了，连夜带去洗胃', 'harm to health', '洗胃'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // A bought gas appliance's smell is the goods; cooking with gas is a flavour; no gas smelt.
    '热水器不是恒温的，燃气的味道很浓，差评',
    '用的是煤气灶炒菜，锅气很足，好吃',
    '房间里没有燃气味，检查过了，放心住',
    // A scratched table, a camera the guest looked for and did not find, the corridor's cameras.
    '桌面被划了几道，不太美观',
    '检查了一遍，发现没有摄像头，可以放心',
    '走廊里有摄像头，感觉还挺安全的',
    // A heavy head from a loud night, touts pulling at passers-by, a colleague walking in.
    '隔壁太吵了，一晚上没睡好，早上起来头昏昏沉沉的',
    '吃饭的时候门口的服务员都在拉客，有点烦',
    '同事敲门进来一起吃的外卖，味道一般',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
