import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemarkHonoured } from '../../shared/classify/remark-honoured.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const order = [{ type: 'order_accuracy', confidence: 0.8, phrases: ['备注'], problem: true }];

// The guide: order_accuracy is what came differing from what was ordered (少送, 送错); a remark followed is praise.
describe('a remark on the order said followed', () => {
  it('is no order_accuracy', () => {
    for (const text of ['备注了少放盐 店家照做了 味道刚好', '備註了要兩副餐具 老闆很貼心都給了', '备注说不吃香菜，商家很细心挑得干干净净', '备注写了是给老人吃的，老板特意做得软烂一些', '备注了微辣 店家照着做的 味道不错', '老板人很好，备注的少辣做到了，还送了一瓶豆奶', '備註的去冰做到了，奶茶很好喝', '备注的几样都按要求做了，下次还来'])
      expect(types(text), text).not.toContain('order_accuracy');
  });

  it('keeps order_accuracy when the remark was not followed after all, or an item went missing', () => {
    expect(typesForRemarkHonoured(order, '备注不要辣 商家很贴心 结果还是辣的')).toEqual(order);
    expect(typesForRemarkHonoured(order, '香菜没按备注去掉，不过老板挺用心的')).toEqual(order);
    expect(typesForRemarkHonoured(order, '备注要两双筷子 很贴心 就是少了一份米饭')).toEqual(order);
    expect(typesForRemarkHonoured(order, '我特意备注了不要花生，菜里还有花生')).toEqual(order);
    expect(typesForRemarkHonoured(order, '备注了不要葱，有看到吗？')).toEqual(order);
    expect(typesForRemarkHonoured(order, '备注的少辣没做到，辣得没法吃')).toEqual(order);
    expect(typesForRemarkHonoured(order, '备注的三样一样都没按要求做')).toEqual(order);
    expect(typesForRemarkHonoured(order, '备注的去冰做到了，可是少了一杯')).toEqual(order);
  });
});
