import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForLocationSaidRemote } from '../../shared/classify/location-said-remote.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['environment', 'delivery'];
const named = (text: string) => typesForLocationSaidRemote([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: location/transport is environment.
describe('the place said remote or badly placed', () => {
  it('is environment, alone or as one clause of a long review', () => {
    expect(types('酒店太偏了出租车师傅都不知道在哪 周边连个便利店都没有 点外卖都要等一个小时')).toContain('environment');
    expect(types('位置太偏了 周围啥都没有')).toContain('environment');
    expect(types('地方太偏了，晚上打不到车')).toContain('environment');
    expect(types('位置不太好 离景区远')).toContain('environment');
  });

  it("is none by this rule for a fear belied, a place praised or not its location, or a courier at the customer's place", () => {
    expect(named('本来担心位置偏，结果打车很方便，周边吃的也多')).toEqual([]);
    expect(named('位置不偏，离地铁也近')).toEqual([]);
    expect(named('酒店不好，服务也差')).toEqual([]);
    expect(named('骑手说你这地方太偏了我不送了')).toEqual([]);
  });

  it('is environment when the place is said far from where guests go', () => {
    expect(types('房间挺干净的，就是离市区有点远，打车要半个小时')).toContain('environment');
    expect(named('服务没得挑，缺点是距离地铁站太远了')).toEqual(['environment']);
    expect(types('離景區比較遠，每天來回都要坐公交')).toContain('environment');
  });

  it('is none by this rule for a place near, not far, leaving, or a question', () => {
    expect(named('离地铁站不远，走路五分钟')).toEqual([]);
    expect(named('离火车站很近，出差很方便')).toEqual([]);
    expect(named('离开以后永远不会再来了')).toEqual([]);
    expect(named('请问酒店离机场很远吗')).toEqual([]);
  });

  it('is environment when the surroundings are said to offer nothing (周边没什么吃的, 附近啥也没有)', () => {
    expect(types('离景区近，就是周边没什么吃的，晚上黑灯瞎火的')).toContain('environment');
    expect(named('房间挺新的，附近啥也没有，吃个饭都要打车')).toEqual(['environment']);
    expect(named('周围什么都没有，晚上只能在房间待着')).toEqual(['environment']);
  });

  it('is none by this rule for surroundings full of food, other choices, or a takeaway customer', () => {
    expect(named('周边吃的很多，逛街也方便')).toEqual([]);
    expect(named('排队的人很多，毕竟周边没什么别的选择')).toEqual([]);
    expect(named('公司附近没什么吃的，只能点外卖，这家还不错')).toEqual([]);
  });
});
