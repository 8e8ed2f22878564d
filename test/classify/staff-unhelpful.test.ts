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
