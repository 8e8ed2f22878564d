import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForInvoiceFault, typesForReceiptNotGiven } from '../../shared/classify/receipt-not-given.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const order = [{ type: 'order_accuracy', confidence: 0.6, phrases: ['没给'], problem: true }];

// The guide: deposit and invoice problems are price_billing.
describe('a receipt or invoice withheld', () => {
  it('is no order_accuracy', () => {
    expect(types('交了押金没给收据，退房时又说没交过')).not.toContain('order_accuracy');
    expect(types('为什么没给我发票?为什么?')).toEqual(['price_billing']);
    expect(types('要了发票一直没给')).toEqual(['price_billing']);
    expect(typesForReceiptNotGiven(order, '退房时发票也没给开，前台说要找财务', ['少送'])).toEqual([]);
  });

  it('leaves order_accuracy to an item missing elsewhere', () => {
    expect(typesForReceiptNotGiven(order, '少送了一份米饭，也没给发票', ['少送'])).toEqual(order);
    expect(typesForReceiptNotGiven(order, '礼品也没有，发票不给开', [])).toEqual(order);
  });
});

const DEFAULT_TYPES = ['price_billing', 'order_accuracy'];
const named = (text: string) => typesForInvoiceFault([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: 发票 (an invoice wrong, refused or missing) is price_billing, not order_accuracy.
describe('an invoice withheld or made out wrong', () => {
  it('is price_billing, also beside an item missing', () => {
    expect(types('发票开错了')).toEqual(['price_billing']);
    expect(types('前台不给开发票')).toEqual(['price_billing']);
    expect(types('发票抬头写错')).toEqual(['price_billing']);
    expect(types('發票開錯了，抬頭寫錯')).toEqual(['price_billing']);
    expect(types('说好的专票，给的是普票')).toEqual(['price_billing']);
    expect(types('少送了一份米饭，发票也没给')).toEqual(expect.arrayContaining(['order_accuracy', 'price_billing']));
    expect(named('住了三晚，发票只开了两晚')).toEqual(['price_billing']);
    expect(named('发票上的税号写错了，让重开还要等一周')).toEqual(['price_billing']);
  });

  it('is price_billing when the invoice is said never sent (电子发票一直没发到邮箱)', () => {
    expect(types('电子发票一直没发到邮箱')).toContain('price_billing');
    expect(named('退房说发票寄给我，发票到现在还没寄')).toEqual(['price_billing']);
    expect(named('发票第二天就发到邮箱了')).toEqual([]);
  });

  it('is none by this rule for an invoice given, praised, or the goods\' anti-fake code', () => {
    expect(named('发票开得很快，前台很专业')).toEqual([]);
    expect(named('酒店可以开发票，很方便')).toEqual([]);
    expect(named('发票开得不错，抬头也对')).toEqual([]);
    expect(named('我想划开发票密码却是假的，不知道是不是正品')).toEqual([]);
  });
});

describe('an invoice slow to come or given only in part (开发票还要等半个小时, 发票只能开住宿费)', () => {
  it('is price_billing', () => {
    for (const text of [
      '前台服务员态度非常差，问个问题爱答不理的，开发票还要等半个小时，说什么财务不在，这种服务水平还敢叫四星？',
      '住了两晚，早餐种类少，發票要等三個工作日才能開，還得自己回來拿',
      '早餐难吃，房间有异味，发票只能开房费，差评',
      '退房时发票拖了四十分钟才给',
    ]) {
      expect(types(text), text).toContain('price_billing');
    }
  });

  it('is none by this rule for an invoice given at once, a till slip, or one denied to be slow', () => {
    for (const text of ['发票开得很快，不麻烦', '房间很干净，发票当场就开好了', '外卖小票上写着要等四十分钟', '发票不用等，退房时直接给了']) {
      expect(named(text), text).toEqual([]);
    }
  });
});
