import { describe, expect, it } from 'vitest';
import { classify, expectUrgentFor } from './urgency-expectations.ts';

// The guide: an injury and illness after eating are urgent. A bruise still showing, small blisters in
// the mouth, a stomach cramping in waves and a stomach gone wrong after a drink are told that way by real reviewers; a
// smell coming in waves, a mango still green and a stomach gone wrong with nothing eaten stay calm.
describe('a bruise still showing, small blisters, cramps in waves, a stomach gone wrong', () => {
  it.each([
    ['浴室没有防滑垫 我老公洗澡的时候滑了一下 胳膊撞在洗手台上 到现在还青着', 'harm to health', '还青着'],
    ['腿撞到床角上 过了三天还青着', 'harm to health', '还青着'],
    ['第一次住这个酒店 前台小姑娘挺热情 房间也大 早餐品种多 唯一的问题是浴室没有防滑垫 我老公洗澡的时候滑了一下 胳膊撞在洗手台上 到现在还青着', 'harm to health', '还青着'],
    ['吃完嘴里起了好多小泡 疼得饭都吃不下', 'harm to health', '嘴里起了好多小泡'],
    ['锅包肉吃完胃里一阵一阵绞 吃了两片药才缓过来', 'harm to health', '一阵一阵绞'],
    ['酒店的热水壶里面有一层黄黄的东西 烧水喝了之后肚子就开始不对劲', 'harm to health', '肚子就开始不对劲'],
  ])('is urgent: %s', (text, reason, signal) => expectUrgentFor(text, reason, signal));

  it.each([
    '厕所的味道一阵一阵往外飘',
    '坐了一天车 肚子有点不对劲 酒店离车站倒是近',
    '买的芒果到现在还青着 根本没熟',
  ])('is not urgent: %s', (text) => expect(classify(text).urgent).toBe(false));
});
