import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: personal-safety incidents, dangerous premises, a foreign object in food and harm after eating are urgent.
describe('threats to the customer, a cracked window, a scrap of bag in the food, swelling', () => {
  it.each([
    ['送餐的打电话骂人，说知道我住哪', 'personal-safety', '知道我住哪'],
    ['老板在电话里让我小心点，我一个女生很害怕', 'personal-safety', '让我小心点'],
    ['半夜有陌生男子敲我的门，前台说不知道是谁', 'personal-safety', '陌生男子敲我的门'],
    ['房间的窗户玻璃裂了一道大缝，十几楼风特别大', 'danger to safety', '裂了'],
    ['凉面里拌着一片塑料袋碎片，咬了好几下才发现', 'foreign object', '塑料袋'],
    ['吃完他们送来的虾，眼睛也肿了，脸上发烫', 'harm to health', '也肿了'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '外卖用塑料袋装着，汤没洒',
    '骑手提醒我小心烫，很贴心',
    '窗户很大，玻璃擦得很干净',
    '陌生人问路，前台很耐心地指路',
    '昨天哭了一晚，眼睛也肿了，酒店的冰袋帮了大忙',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});

describe('a needle in the food', () => {
  it.each([
    ['馄饨里吃出一根缝衣针', '缝衣针'],
    ['蛋糕里面有一根大头针，差点扎到嘴', '大头针'],
  ])('is urgent: %s', (text, signal) => expectUrgentFor(text, 'foreign object', signal));

  it('a needle not in food is not', () => {
    expect(classify('房间的针线包里只有一根针，线也很少').urgent).toBe(false);
  });
});
