import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const urgent = (text: string) => classifier.classifySync({ text }).urgent;

// The guide: actual harm (受伤), theft or personal-safety incidents and dangerous premises are urgent.
describe('harm, a break-in and someone trapped, told of services beyond hotels and food', () => {
  it('are urgent', () => {
    expect(urgent('小区电梯一个月坏了三次，昨天还把一个老人关在里面半个小时，物业到底管不管')).toBe(true);
    expect(urgent('晚上小区门口保安都在睡觉，随便什么人都能进，上周我们单元有两家被盗了')).toBe(true);
    expect(urgent('抽血的护士扎了三针都没扎进去，手臂青了一大片，到现在还肿着')).toBe(true);
    expect(urgent('司机车开得很猛，急刹车好几次，我都晕车吐了')).toBe(true);
    expect(urgent('打车的时候司机一直在打电话，差点追尾')).toBe(true);
  });

  it('are not urgent for an account stolen or a lift merely slow', () => {
    expect(urgent('账号被盗了，客服说无法找回，里面还有几百块余额')).toBe(false);
    expect(urgent('电梯太慢了，早上要等好久')).toBe(false);
  });
});
