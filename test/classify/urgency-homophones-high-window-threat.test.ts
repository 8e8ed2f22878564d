import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: illness after eating, foreign objects in food, dangerous premises and personal-safety incidents are urgent;
// a window on the ground floor, a threat asked about and colour named 粉 are not.
describe('illness typed by sound, the dish far back in the sentence, a window open wide up high, a worker threatening', () => {
  it.each([
    // Typed by sound or in pinyin.
    ['吃了他家的酸辣粉，半夜拉肚纸', 'harm to health', '拉肚纸'],
    ['昨天的烤冷面，食物中du了，躺了一天', 'harm to health', '中du'],
    ['孩子喝完奶昔就闹肚纸，再也不买了', 'harm to health', '闹肚纸'],
    // The dish named at the start of a long sentence, the object at the second look (counted by half: 一看是半只).
    ['酸辣粉里漂着一小团灰灰的东西，用筷子拨开一看是半只蟑螂', 'foreign object', '蟑螂'],
    ['盒饭中间夹着一片皱巴巴不知道什么的东西，挑出来仔细看是塑料片', 'foreign object', '塑料片'],
    // A window that opens all the way or will not lock, up high.
    ['住在23楼，窗户没锁，一推就开到底，外面什么护栏都没有', 'danger to safety', '窗户没锁'],
    ['高层的房间，窗子能整个推开，孩子在屋里我一晚上没敢睡', 'danger to safety', '窗子能整个推开'],
    // A worker threatening the customer.
    ['给了个差评，外卖员直接打电话来威胁我，说让我小心', 'theft or a personal-safety incident', '外卖员直接打电话来威胁'],
    ['老板在店门口恐吓我们，不删评论就别想走', 'theft or a personal-safety incident', '老板在店门口恐吓'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    // A window that will not lock on the ground floor, or up high with no fall in it (a draught).
    '一楼的房间窗户没有锁，晚上有点冷风',
    '住18楼，窗户关不上，冷风一直往里灌',
    // The object named far back is no dish: a colour, a toy.
    '页面上粉粉的城堡床和小滑梯，结果进去只有一张普通床挂了个纱帐，海洋球池就是个装了二十几个球的塑料框',
    // A threat asked about, or no worker making it.
    '商家说给差评就不送了，这是威胁吗',
    '呵呵哒 威胁我呢',
    // Pinyin for something else entirely.
    '打包的双皮奶很好吃，下次还会点',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
