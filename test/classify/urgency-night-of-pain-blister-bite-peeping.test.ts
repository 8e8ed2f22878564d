import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, an injury and a personal-safety incident are urgent. Pain all night after eating, a
// purge counted in days, a big blister from a hot fitting, a rat's bite on the foot, a mouth numb past feeling after a
// cold dish and someone looking in at the window at night are told that way; a back aching all night from a soft
// mattress and numbness from Sichuan pepper stay calm.
describe('pain all night after eating, a purge of days, a big blister, a rat bite, numb past feeling, someone looking in', () => {
  it.each([
    ['吃完肚子胀得跟气球一样 疼了一夜', 'harm to health', '疼了一夜'],
    ['拉了好几天了 都是他家害的', 'harm to health', '拉了好几天'],
    ['房间暖气片烫手 孩子不小心碰到 手上起了个大泡', 'harm to health', '起了个大泡'],
    ['晚上睡觉被老鼠咬了脚 去打了疫苗', 'harm to health', '咬了脚'],
    ['凉菜吃完嘴巴麻到没知觉 还有点喘', 'harm to health', '麻到没知觉'],
    ['晚上窗户外面有人往里看 拉上窗帘也挡不住 吓得不行', 'theft or a personal-safety incident', '有人往里看'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '床垫一躺下去就陷一个坑 腰疼了一夜',
    '花椒放得太多 舌头麻到没知觉 过瘾',
    '被蚊子咬了脚 房间纱窗是破的',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
