import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRequestWaitedOn } from '../../shared/classify/request-waited-on.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['responsiveness', 'delivery'];

// The guide: responsiveness is slow response by the business itself.
describe("a guest's request the house was slow to meet", () => {
  it('is responsiveness in a review that is otherwise content', () => {
    expect(types('房价比平时贵了一倍，节假日理解，但服务没跟上，叫个送水等了半天')).toContain('responsiveness');
    expect(types('位置好，就是让前台送个拖鞋送了一个小时')).toContain('responsiveness');
  });

  it('is none by this rule when met quickly, when nothing was asked, or for a delivery', () => {
    expect(typesForRequestWaitedOn([], '进房有股烟味，打电话让换了一间，十分钟就弄好了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRequestWaitedOn([], '房间不错，就是热水要放很久才出来', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRequestWaitedOn([], '房间到了，骑手让我下去拿，我下去等了二十分钟', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRequestWaitedOn([], '房间里叫个送水等了半天', ['delivery'])).toEqual([]);
  });
});

describe('a room cleaning asked for and not done hours later (下午两点叫的打扫，晚上八点回来还没打扫)', () => {
  it('is responsiveness', () => {
    expect(typesForRequestWaitedOn([], '服务员效率真是高啊，下午两点叫的打扫，晚上八点回来还没打扫，佩服佩服', ['responsiveness']).map((t) => t.type)).toEqual(['responsiveness']);
  });

  it('is none by this rule for a cleaning done at once', () => {
    expect(typesForRequestWaitedOn([], '叫了打扫，十分钟就弄好了', ['responsiveness'])).toEqual([]);
  });
});
