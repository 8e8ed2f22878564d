import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSpilledOnTheWay, typesForSpillNotAnOrderError } from '../../shared/classify/spilled-on-the-way.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const TAXONOMY_TYPES = ['delivery', 'order_accuracy'];
const ORDER_PHRASES = ['少了一份', '送错', '漏送', '少了'];
const orderAccuracy = [{ type: 'order_accuracy', confidence: 0.7, phrases: [], problem: true }];

describe('the order spilled or leaking when it came (汤洒了一半, 没封口全洒了)', () => {
  it('is delivery, whoever left the lid loose, and no order error', () => {
    for (const text of ['点了两杯奶茶，一杯没封口，洒了一袋子', '豆浆没封口全洒了', '两杯果茶有一杯没有封口，全洒袋子里了', '奶茶漏了一袋子', '湯灑了一半，袋子裡全是湯']) {
      expect(types(text), text).toEqual(['delivery']);
    }
  });

  it('is read in the words a spill is told in, not sprinkled, shower heads or an item left out', () => {
    for (const text of ['到的时候汤都洒出来了', '咖啡撒了一袋', '餐盒漏汤，桌上全是油', '粥漏了一袋子']) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toHaveLength(1);
    }
    for (const text of ['米饭上撒了芝麻和海苔碎', '卫生间的花洒出水很小', '漏了一杯奶茶', '奶茶漏送了一杯', '人很潇洒，菜也好吃']) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('is none for a spill denied, feared, or made at the table or by the customer', () => {
    for (const text of ['包装很严实，一滴都没洒', '汤一点没洒，好评', '盖子扣得很紧，不会洒', '如果汤洒了就麻烦了', '服务员上菜的时候把汤洒到我身上', '我自己不小心把奶茶洒了']) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('keeps order_accuracy for a wrong or missing item told besides the spill', () => {
    expect(typesForSpillNotAnOrderError(orderAccuracy, '汤洒了一半，还少了一份米饭', ORDER_PHRASES)).toEqual(orderAccuracy);
    expect(typesForSpillNotAnOrderError(orderAccuracy, '漏了一杯奶茶，另一杯还洒了', ORDER_PHRASES)).toEqual(orderAccuracy);
    expect(typesForSpillNotAnOrderError(orderAccuracy, '奶茶洒了一袋子', ORDER_PHRASES)).toEqual([]);
  });
});

describe('leaks that are no spilled order', () => {
  it('is none for a water leak or a dumpling bursting in the pot', () => {
    for (const text of ['热水器装上第二天就漏水', '马桶一直漏水，报修说马上到', '饺子皮煮破了，馅都漏出来了']) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('keeps order_accuracy for a dish sent in place of the one ordered', () => {
    expect(typesForSpillNotAnOrderError(orderAccuracy, '点的牛肉饭给我送成猪脚饭，汤还洒了一袋子', ORDER_PHRASES)).toEqual(orderAccuracy);
  });
});

describe('words of spilling that tell of no spilled order', () => {
  it('is none for sunlight, a topping, a near spill, a dumpling bursting, threads or 漏 as left out', () => {
    for (const text of [
      '下午的阳光洒进来，很惬意',
      '吃饭的时候阳光洒在桌上',
      '巧克力粉撒得到处都是，面包又干又硬',
      '桌子会晃，汤差点洒出来',
      '小笼包汤汁全漏光了，皮干巴巴的',
      '饺子煮破了一半，馅全漏汤里',
      '衣服做工差，很多线头漏出来', '感觉不是很好，很多的线条漏出来',
      '主食小菜汤全漏了，就来了一杯饮料',
    ]) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toEqual([]);
    }
  });

  it('reads a drink that leaks a little or a container leaking', () => {
    for (const text of ['整体不错，饮料有点漏', '好吃的，餐盒有点漏汤', '杯子漏了，袋子全湿了']) {
      expect(typesForSpilledOnTheWay([], text, TAXONOMY_TYPES), text).toHaveLength(1);
    }
  });
});

describe('a parcel leaking out (都漏出来了)', () => {
  it('is delivery when it leaked, none when it was only about to', () => {
    expect(typesForSpilledOnTheWay([], '包装非常不好，都漏出来了', TAXONOMY_TYPES)).toHaveLength(1);
    expect(typesForSpilledOnTheWay([], '包装简陋，东西都要漏出来了', TAXONOMY_TYPES)).toEqual([]);
  });
});

describe('a cup left unsealed (没封口)', () => {
  it('is a fault, not the 没 of a denial over the spill after it', () => {
    expect(classifier.classifySync({ text: '豆浆没封口全洒了' }).sentiment.label).toBe('negative');
  });
});

describe('the order tipped over on the way (骑车把餐盒颠翻了)', () => {
  it('is delivery, unless only nearly', () => {
    expect(types('小哥骑车把餐盒颠翻了，整份饭扣在盖子上，他还笑嘻嘻说没事能吃')).toContain('delivery');
    expect(types('差点颠翻了')).not.toContain('delivery');
  });
});
