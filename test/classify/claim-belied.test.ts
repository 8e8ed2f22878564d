import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForClaimBelied } from '../../shared/classify/claim-belied.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['misleading_promise', 'product_quality'];

describe('a claim belied by what came (说是手工水饺，吃着就是速冻的)', () => {
  it('is misleading_promise', () => {
    expect(types('说是手工水饺，吃着就是速冻的')).toContain('misleading_promise');
    expect(types('说是农家土鸡，一吃就是饲料鸡')).toContain('misleading_promise');
  });

  it('is none by this rule for a claim borne out, a bare 是, an explanation of oneself or a taxonomy without the type', () => {
    expect(typesForClaimBelied([], '说是现炒的，确实是现炒的，很香', DEFAULT_TYPES)).toEqual([]);
    expect(typesForClaimBelied([], '送售后说是检测机器解锁不在保修范围,机器的问题说是人为的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForClaimBelied([], '银行卡被锁了，说是“异常交易”，其实就是我在外地用了一下', DEFAULT_TYPES)).toEqual([]);
    expect(typesForClaimBelied([], '说是现炒的，吃着就是料理包', ['product_quality'])).toEqual([]);
  });

  it("is misleading_promise when the page or the platform is said to have 'plainly written' otherwise (携程上明明写的免押金)", () => {
    expect(types('房间不错，前台收了我两百押金，携程上明明写的免押金')).toContain('misleading_promise');
    expect(typesForClaimBelied([], '到了才说停车要收费，app里明明写着免费停车', DEFAULT_TYPES).map((t) => t.type)).toEqual(['misleading_promise']);
  });

  it("is none by this rule for the customer's own order, remark or screenshot 'plainly written' (备注里明明写了)", () => {
    expect(typesForClaimBelied([], '醋和辣椒油都没给，备注里明明写了要', DEFAULT_TYPES)).toEqual([]);
    expect(typesForClaimBelied([], '烤馒头片少给了一份，订单上明明写着两份', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a claim belied across a space, or by what it tasted like (说是牛肉 吃着像猪肉)', () => {
  it('is misleading_promise', () => {
    for (const text of ['说是牛肉 吃着像猪肉', '号称现磨 喝着就是速溶的']) expect(typesForClaimBelied([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['misleading_promise']);
  });

  it('is none by this rule for a claim borne out or a likeness praised with no claim', () => {
    for (const text of ['说是现炒的 确实是现炒的', '吃着像妈妈做的 很好吃']) expect(typesForClaimBelied([], text, DEFAULT_TYPES), text).toEqual([]);
  });
});

describe('a claim belied with no break, or by the name on the sign (店名叫…结果一点都不麻)', () => {
  it('is misleading_promise', () => {
    for (const text of [
      '说是现炒的吃着像是上午炒好的剩菜',
      '说是正宗的东北菜锅包肉居然是甜的软的',
      '招牌写的是秘制酱香大骨 结果就是清水煮的骨头',
      '店名叫什么正宗重庆小面 结果一点都不麻不辣',
    ])
      expect(typesForClaimBelied([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['misleading_promise']);
    expect(types('店名叫什么正宗重庆小面 结果一点都不麻不辣 甜丝丝的')).toContain('misleading_promise');
  });

  it('is none by this rule for a name borne out', () => {
    expect(typesForClaimBelied([], '店名叫老重庆小面，确实是老重庆的味道', DEFAULT_TYPES)).toEqual([]);
  });
});

describe("the listing's own words belied (写的手工水饺, 主打鲜榨, 图里有溏心蛋, 商品名写整只鸡腿)", () => {
  it('is misleading_promise', () => {
    for (const text of ['写的手工水饺，咬开一股速冻味', '主打鲜榨，喝着就是浓缩果汁兑水', '图里有溏心蛋有虾，实物只有面和两根青菜', '商品名写“整只鸡腿”，来的是一堆鸡腿肉丁'])
      expect(types(text), text).toContain('misleading_promise');
  });

  it("is none for the customer's own note or address (备注写的不要辣, 我写的明明是3栋)", () => {
    expect(types('备注写的不要辣，来的是特辣')).not.toContain('misleading_promise');
    expect(types('骑手说我地址写的不清楚 我写的明明是3栋2单元1602 他自己不看')).not.toContain('misleading_promise');
  });
});
