import { describe, expect, it } from 'vitest';
import { typesForBelongingsLost } from '../../shared/classify/belongings-lost.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['privacy_security', 'order_accuracy'];
const named = (text: string) => typesForBelongingsLost([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: privacy_security covers theft and things lost in a hotel (丢东西).
describe("a guest's things gone from the room or the hotel's keeping", () => {
  it('is privacy_security', () => {
    expect(types('箱子寄存在前台 取的时候发现少了一个背包')).toContain('privacy_security');
    expect(types('下午回到房间 放在桌上的耳机不见了')).toContain('privacy_security');
    expect(types('保洁打扫完房间 我的手表就找不到了')).toContain('privacy_security');
  });

  it('is privacy_security in traditional characters', () => {
    expect(types('放在房間的現金被偷了')).toContain('privacy_security');
  });

  it('is none by this rule for food short in an order, a room thing used up, or a loss only feared', () => {
    expect(named('送到房间的早餐少了一个包子')).toEqual([]);
    expect(named('房间里的热水没了')).toEqual([]);
    expect(named('前台提醒贵重物品不要放房间 怕丢了')).toEqual([]);
    expect(named('在地铁上手机被偷了')).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForBelongingsLost([], '放在房间的钱包不见了', ['order_accuracy'])).toEqual([]);
  });
});

describe('the customer treated as the one who stole', () => {
  it('is no theft and not urgent: the staff suspected the guest (好像我偷了一样)', () => {
    for (const text of ['前台那个男的语气超冲，好像我偷了一样', '查房说少了一条毛巾，当我们偷的一样']) {
      const result = classifier.classifySync({ text });
      expect(result.urgent, text).toBe(false);
      expect(result.complaintTypes.map((t) => t.type), text).not.toContain('privacy_security');
    }
  });

  it('leaves a theft the guest suffered urgent', () => {
    expect(classifier.classifySync({ text: '房间里我的钱包被偷了' }).urgent).toBe(true);
  });
});
