import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForHairDryerNotAnOrder } from '../../shared/classify/hair-dryer-not-an-order.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ORDER = [{ type: 'order_accuracy', confidence: 0.6, phrases: [], problem: true }];
const ORDER_PHRASES = ['少了一份', '没给', '漏送'];
const kept = (text: string) => typesForHairDryerNotAnOrder(ORDER, text, ORDER_PHRASES).map((t) => t.type);

// The guide: order_accuracy is items missing from what was ordered or booked; a stay's hair dryer
// brought or in the room is none.
describe("a stay's hair dryer brought or in the room (要了个吹风机，两分钟就送来了)", () => {
  it('is no order_accuracy', () => {
    expect(types('服务没得说，打电话要了个吹风机两分钟就送来了')).not.toContain('order_accuracy');
    expect(kept('房间有吹风机，洗漱用品也齐全')).toEqual([]);
    // Late is responsiveness: it came.
    expect(kept('环境不错，就是晚上叫了两次才送来吹风机')).toEqual([]);
  });

  it("keeps order_accuracy for a hair dryer missing, or goods bought with a hair dryer promised", () => {
    expect(kept('房间里没有吹风机，要自己去前台借')).toEqual(['order_accuracy']);
    expect(kept('买洗发水说送吹风机，结果没给')).toEqual(['order_accuracy']);
    expect(kept('活动说送吹风机，收到只有洗发水')).toEqual(['order_accuracy']);
  });
});

describe("a hair dryer of goods bought, asked after or promised (电吹风呢, 说好的吹风机)", () => {
  it('keeps order_accuracy', () => {
    expect(kept('东西还行,但是电吹风呢。这明摆着是欺骗消费者')).toEqual(['order_accuracy']);
    expect(kept('我的电吹风呢,本来就是冲着电吹风来的,电吹风消失了')).toEqual(['order_accuracy']);
    expect(kept('有送吹吹风机,关键是这个味道很好')).toEqual(['order_accuracy']);
  });
});
