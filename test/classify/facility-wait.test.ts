import { describe, expect, it } from 'vitest';
import { typesForFacilityWait } from '../../shared/classify/facility-wait.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const SLOW = [{ type: 'responsiveness', confidence: 0.6, phrases: [], problem: false }];

describe('a wait for the hot water, the lift or a taxi (热水等了十分钟才出来)', () => {
  it('is the premises, no responsiveness', () => {
    expect(types('房间还行，就是热水等了十分钟才出来')).toEqual(['environment']);
    expect(types('位置不错，就是电梯太慢，早上等了好几分钟才来')).toEqual(['environment']);
    expect(types('風景很美，只是離市區遠，計程車叫了半天才來')).not.toContain('responsiveness');
  });

  it('stays responsiveness when someone at the business was asked or another wait is theirs', () => {
    expect(types('热水等了半小时才来，打前台电话也没人接')).toContain('responsiveness');
    expect(types('电梯突然停了，困在里面十几分钟才有人来')).toContain('responsiveness');
    expect(types('入住等了半小时，电梯也要等好久')).toContain('responsiveness');
  });

  it('reads a water heater bought as goods, not the hot water', () => {
    expect(typesForFacilityWait(SLOW, '热水器等了半天才送上楼', [])).toEqual(SLOW);
    expect(typesForFacilityWait(SLOW, '热水等了半天才出来', [])).toEqual([]);
  });
});
