import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForStaffUnhelpful } from '../../shared/classify/staff-unhelpful.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['service_attitude', 'environment'];

// The guide: service_attitude is staff behaviour, unhelpful among it.
describe('staff who will not help', () => {
  it('are service_attitude beside the fault they would not help with', () => {
    expect(types('带老人去的，酒店没有电梯，行李要自己扛上四楼，老板也不帮忙')).toContain('service_attitude');
    expect(types('门童看到我们拖着箱子也不帮忙，叫了行李员十分钟都没来')).toContain('service_attitude');
  });

  it('are none by this rule when no one who serves is named, or the customer is the one', () => {
    expect(typesForStaffUnhelpful([], '朋友也不帮忙，行李只能自己扛', DEFAULT_TYPES)).toEqual([]);
    expect(typesForStaffUnhelpful([], '前台问我能不能帮忙填个表，我不帮忙也不好意思', DEFAULT_TYPES)).toEqual([]);
    expect(typesForStaffUnhelpful([], '前台很热情，主动帮忙拿行李', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForStaffUnhelpful([], '老板也不帮忙', ['environment'])).toEqual([]);
  });
});

describe('staff brushing the customer off in their own words (前台说那是你的事, 老板说爱吃不吃)', () => {
  it('is service_attitude', () => {
    for (const text of ['航班取消了，申请退一晚，酒店不同意。我说有航班取消证明，前台说那是你的事。', '问老板为什么少菜 说爱吃不吃 还有这么做生意的', '骑手把我的外卖放错了楼层，被别人拿走了，骑手说他放了就不归他管了', '商家在评论里回我：“嫌贵别吃。”', '打电话问餐到哪了，骑手说：“催什么催，又不是只送你一家。”', '商家回复：“本店就这个口味，不接受差评。”'])
      expect(typesForStaffUnhelpful([], text, ['service_attitude']).map((t) => t.type), text).toEqual(['service_attitude']);
  });

  it("is none by this rule for the customer's own words", () => {
    for (const text of ['吃完上吐下泻，老板你们自己看着办', '前台说要补差价，你们系统错误关我什么事']) expect(typesForStaffUnhelpful([], text, ['service_attitude']), text).toEqual([]);
  });
});
