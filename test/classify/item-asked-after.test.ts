import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForItemAskedAfter } from '../../shared/classify/item-asked-after.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['order_accuracy', 'misleading_promise'];

describe('an item of the order asked after (饮料呢？, 筷子呢, 加了个蛋 蛋呢)', () => {
  it('is order_accuracy', () => {
    for (const text of ['饮料呢？？？', '我的可乐呢', '筷子呢？让我用手吃？', '点了加蛋 蛋呢？', '热干面干得能扬起灰 酱呢', '面汤分装是好的，可汤呢？就一坨干面']) expect(types(text), text).toContain('order_accuracy');
  });

  it('is order_accuracy beside the broken promise of a gift', () => {
    expect(types('说好的满30送可乐，可乐呢？')).toEqual(expect.arrayContaining(['order_accuracy', 'misleading_promise']));
  });

  it('is none by this rule for a part of a dish, soup spilled into the bag, or where to fetch something', () => {
    for (const text of ['汤包的汤呢 是被谁喝了吗', '鸭血粉丝汤里的鸭血去哪了', '汤呢？汤面变拌面了，塑料袋里倒是挺多汤的', '请问饮料在哪里拿？', '我问豆浆在哪里，她随手一指就走了', '显示已送达 饭呢？？？'])
      expect(typesForItemAskedAfter([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForItemAskedAfter([], '饮料呢', ['delivery'])).toEqual([]);
  });
});

describe('an item told there, not asked after (还有赠品呢)', () => {
  it('is none by this rule, unless asked with a question mark', () => {
    expect(typesForItemAskedAfter([], '这次下单还有赠品呢，一盒油画棒和两个本子', DEFAULT_TYPES)).toEqual([]);
    expect(typesForItemAskedAfter([], '说好的满129有赠品呢？ 没见到', DEFAULT_TYPES).map((t) => t.type)).toEqual(['order_accuracy']);
  });
});
