import { describe, expect, it } from 'vitest';
import { closingReturn, closingSatisfied } from '../../shared/classify/coming-back.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const classify = (text: string) => classifier.classifySync({ text });

describe('a review that closes on the customer coming back', () => {
  it('is positive however many faults it lists, and keeps their types', () => {
    const text = '点了两份凉面一份凉皮，结果凉皮没送，打电话给店里才说漏了，给退了钱。凉面味道还可以，黄瓜丝有点少。总体还行吧，会再点';
    expect(classify(text).sentiment.label).toBe('positive');
    expect(classify(text).complaintTypes.map((t) => t.type)).toContain('order_accuracy');
    for (const closing of ['下次还会来的', '继续支持', '还会回购哦', '有机会还会再住', '还会继续支持', '也会继续点', '还会一直点的']) {
      expect(closingReturn(`房间有点小，热水也要放很久，${closing}`), closing).toBeDefined();
    }
  });

  it('is no verdict when asked, denied, supposed on a condition or hedged', () => {
    for (const text of [
      '等了一个半小时，饭都凉了，下次还会来吗？',
      '服务员爱理不理的，不会再来了',
      '菜太咸了。如果能少放点盐，会再来',
      '上菜很慢，价格也偏贵，应该会再来吧',
    ]) expect(closingReturn(text), text).toBeUndefined();
  });

  it('is positive when the last clause sums the faults up as satisfying (总体还是满意的)', () => {
    expect(classifier.classifySync({ text: '房间太小了，隔音也差，热水时有时无，早餐品种少，不过服务员态度很好，总体还是满意的。' }).sentiment.label).toBe('positive');
    expect(closingSatisfied('房间太小，隔音差，总体不太满意。')).toBeUndefined();
    expect(closingSatisfied('如果隔音好一点的话，总体还是满意的')).toBeUndefined();
  });
});
