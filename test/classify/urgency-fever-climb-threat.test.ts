import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: harm to health, dangerous premises, personal-safety incidents and a regulator are urgent.
describe('a fever or gastroenteritis, a board fallen, a lift moving open, a climber, a threat, bites, 市监', () => {
  it.each([
    ['女儿吃完他家的鸡排晚上高烧不退', 'harm to health', '高烧'],
    ['吃了这里的海鲜，医生诊断是急性胃肠炎', 'harm to health', '胃肠炎'],
    ['卫生间顶上的扣板半夜整块掉了下来', 'danger to safety', '扣板'],
    ['电梯门开着就往下走，把我们吓坏了', 'danger to safety', '电梯门开着就'],
    ['半夜有个男的从隔壁阳台翻进我们房间', 'personal-safety', '翻进'],
    ['老板在电话里说要找人收拾我', 'personal-safety', '找人收拾'],
    ['床上有臭虫，腿上全是咬的包', 'harm to health', '全是咬的'],
    ['无证经营的小作坊，我已经报给市监了', 'regulator', '市监'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '孩子昨晚高烧，我们只好取消了预订，酒店很通情达理',
    '一只野猫从阳台翻进房间，把孩子逗得很开心',
    '夏天蚊子多，腿上全是咬的包，记得带花露水',
    '电梯有点旧，但是运行很稳',
    '打死我也不会再来了，太难吃',
  ])('is not urgent: %s', (text) => {
    expect(classify(text).urgent).toBe(false);
  });
});
