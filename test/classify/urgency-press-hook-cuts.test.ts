import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: media exposure, a foreign object in food, an injury, illness after eating and a stranger in the room are urgent.
describe('the press, a hook in the fish, a gash, a table gone ill, someone in the room', () => {
  it.each([
    ['视频我已经发给了当地媒体，等着看吧', 'media', '发给了当地媒体'],
    ['红烧鱼的肚子里面还有一个鱼钩，吓死人', 'foreign object', '鱼钩'],
    ['床架的铁皮翘着，我的小腿被划了个大口子', 'harm to health', '个大口子'],
    ['四个人吃完这家的烤鱼，全部中招，今天都请了假', 'harm to health', '中招'],
    ['吃了他家的凉面，跑了一整晚厕所', 'harm to health', '跑了一整晚厕所'],
    ['前台把我的房卡又给了别人，那人半夜进了我的房间', 'personal-safety', '进了我的房间'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '媒体报道过这家店，慕名而来，味道确实不错',
    '这次买彩票又没中招，哈哈，来吃顿好的安慰一下',
    '行李员帮我把箱子送进了我的房间，很贴心',
    '鱼很新鲜，刺也少',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
