import { describe, expect, it } from 'vitest';
import { typesForBusinessUnreachable } from '../../shared/classify/business-unreachable.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['responsiveness', 'after_sales'];
const named = (text: string) => typesForBusinessUnreachable([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: slow response by the business itself (电话没人接) is responsiveness.
describe('the business out of reach', () => {
  it('is responsiveness, beside the fault it would not answer for', () => {
    expect(types('没有收到货,钱到收了,联系不上服务极差。无语......')).toContain('responsiveness');
    expect(types('我没有收到货呀!!!打电话也没有人接听!!')).toContain('responsiveness');
    expect(named('用不到一个月充电器就充不进去，找客服没人搭理')).toEqual(['responsiveness']);
    expect(named('收到就一瓶打开的,客服是虚拟的根本发不出信息')).toEqual(['responsiveness']);
  });

  it('is none by this rule for a courier out of reach, a complaint left unanswered (after_sales), a guest ignored at the door, or a supposition', () => {
    expect(named('我的骑手在地图上显示停在一个地方半小时不动 也联系不上')).toEqual([]);
    expect(named('投诉了三天没人理，平台就回复一句“已反馈给商家”')).toEqual([]);
    expect(named('这次进门没人理，问能不能延迟退房，前台直接一句不行')).toEqual([]);
    expect(named('万一联系不上怎么办')).toEqual([]);
  });
});
