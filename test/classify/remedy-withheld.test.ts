import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemedyWithheld, typesForRoomChangeNotAfterSales, typesForRoomChangeNotOrderError } from '../../shared/classify/remedy-withheld.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['after_sales', 'order_accuracy'];

describe('money owed the customer not paid (赔付也没给, 退款还没到账)', () => {
  it('is after_sales', () => {
    expect(types('外卖超时了，准时宝赔付也没给')).toContain('after_sales');
    expect(types('说好的赔付，到现在一分钱没见到')).toContain('after_sales');
  });

  it('is none by this rule for a voucher of the booking, a remedy paid, or a denial in another sentence', () => {
    expect(typesForRemedyWithheld([], '含早的订单，早餐券没给我', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '超时了，平台很快赔付了，没说的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '退款很快到账。就是菜没放辣', DEFAULT_TYPES)).toEqual([]);
  });

  it('is after_sales for a remedy refused (也不给补, 死活不肯退)', () => {
    const byRule = (text: string) => typesForRemedyWithheld([], text, DEFAULT_TYPES).map((t) => t.type);
    for (const text of ['少送了一份饮料，打电话也不给补', '少送了一瓶可乐，商家也不给补送', '鞋子开胶了，店家死活不肯退', '面里有虫子，老板拒绝重做']) {
      expect(byRule(text), text).toEqual(['after_sales']);
    }
    expect(types('少送了一份饮料，打电话也不给補')).toContain('after_sales');
  });

  it('is none by this rule for a room change or a deposit refused, or a remedy only supposed', () => {
    const byRule = (text: string) => typesForRemedyWithheld([], text, DEFAULT_TYPES).map((t) => t.type);
    for (const text of ['空调坏了，也不给换房', '说杯子坏了，不给退押金', '如果不给退我就投诉', '商家很爽快，马上补送了']) expect(byRule(text), text).toEqual([]);
  });

  it('is after_sales for a complaint left unhandled (投诉了也没人管, 投诉无门)', () => {
    expect(types('菜里有根头发 投诉了也没人管')).toContain('after_sales');
    expect(types('在平台投诉了三次都没人处理 太气人了')).toContain('after_sales');
    expect(types('漏送了一份饭 投诉到现在都没有下文')).toContain('after_sales');
    expect(types('被多收了钱 投訴了也沒人理')).toContain('after_sales');
    expect(types('东西送错了 打电话投诉也没用')).toContain('after_sales');
    expect(types('店大欺客 投诉无门')).toContain('after_sales');
  });

  it('is none by this rule for a complaint handled, one not made, or one only supposed', () => {
    expect(typesForRemedyWithheld([], '投诉之后商家很快就处理了，还送了一杯饮料', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '这么好吃的店没人会投诉吧', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '如果投诉没人管我就再也不来了，还好这次没事', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '我投诉了，客服当天就回复了', DEFAULT_TYPES)).toEqual([]);
  });

  it('is after_sales for customer service passing the blame on (客服还说是我看错了, 客服甩锅给商家)', () => {
    expect(types('漏了一杯饮料 客服还说是我自己看错了')).toContain('after_sales');
    expect(types('客服甩锅给商家 商家又甩锅给骑手')).toContain('after_sales');
    expect(types('少了一份小菜 客服一口咬定已经放了')).toContain('after_sales');
    expect(types('送错了餐 客服硬说是我下单选错了')).toContain('after_sales');
    expect(types('菜送錯了 客服非說是我點錯了')).toContain('after_sales');
    expect(types('客服把问题推给骑手')).toContain('after_sales');
  });

  it('is none by this rule for customer service that takes the matter on, or a blame not passed', () => {
    expect(typesForRemedyWithheld([], '客服没有推脱，很快就给退了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '客服很负责 从不推诿', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '客服说是我的订单超时了，直接赔了五块', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '客服说是骑手的问题，马上给我重新做了一份', DEFAULT_TYPES)).toEqual([]);
  });

  it('is after_sales for a dish\'s refund or replacement refused at the table (要求退这道菜的钱都不肯, 退菜被拒)', () => {
    expect(types('菜里有头发，叫来店长，要求退这道菜的钱都不肯')).toContain('after_sales');
    expect(types('水煮鱼咸得没法吃，想退菜，服务员说做好了不能退')).toContain('after_sales');
    expect(types('牛排完全煎过了，让厨房重做一份，经理直接拒绝了')).toContain('after_sales');
  });

  it('is none by this rule for a dish refunded gladly, a refund only supposed, or a refusal of something else', () => {
    expect(typesForRemedyWithheld([], '不喜欢可以退菜，服务员很爽快', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '如果退菜不给退，我就投诉', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRemedyWithheld([], '鱼退掉了，换了个牛蛙，味道不行', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRemedyWithheld([], '退款还没到账', ['order_accuracy'])).toEqual([]);
  });
});

describe("a room change refused (也不给换房) is the stay's", () => {
  const AFTER_SALES = [{ type: 'after_sales', confidence: 0.6, phrases: [], problem: true }];

  it('is no after_sales', () => {
    for (const text of ['房间有烟味，要求换房也没换', '浴室下水道堵了，前台说明天才能修，也不给换房，只拿了几条毛巾', '空調壞了一整晚，打給櫃檯說隔天才能修，也不給換房']) {
      expect(types(text), text).not.toContain('after_sales');
    }
  });

  it('keeps after_sales when money back, compensation or a complaint is told beside it', () => {
    for (const text of ['房间很吵，前台不让我们换房间，投诉也没人管', '空调坏了，不给换房，也不给退款', '不给换房，也没有任何补偿']) {
      expect(typesForRoomChangeNotAfterSales(AFTER_SALES, text), text).toEqual(AFTER_SALES);
    }
  });
});

describe('a room change refused, read by the model as an item not given (也没给换房)', () => {
  const faintOrder = [{ type: 'order_accuracy', confidence: 0.52, phrases: ['没给'], problem: true }];

  it('is no order_accuracy', () => {
    expect(types('房间里有蟑螂，跟前台说了也没给换房')).not.toContain('order_accuracy');
    expect(types('床单上看到小虫子在爬，找前台人家说不可能，态度那叫一个差，最后也没给换房')).not.toContain('order_accuracy');
  });

  it('keeps order_accuracy when a room type or a booking is told wrong beside it, or a rule named it', () => {
    expect(types('订的大床房给了标间，也不给换房')).toContain('order_accuracy');
    expect(typesForRoomChangeNotOrderError(faintOrder, '房间少了一条浴巾，也没给换房')).toEqual(faintOrder);
    const named = [{ ...faintOrder[0]!, confidence: 0.9 }];
    expect(typesForRoomChangeNotOrderError(named, '也没给换房')).toEqual(named);
  });
});

describe('customer service that does nothing for the complaint (找客服没用, 客服一点用都没有)', () => {
  const byRule = (text: string) => typesForRemedyWithheld([], text, DEFAULT_TYPES).map((t) => t.type);
  it('is after_sales', () => {
    expect(types('找客服没用')).toContain('after_sales');
    expect(types('少了一份饭，客服一点用都没有')).toContain('after_sales');
    expect(types('跟客服说了半天没用')).toContain('after_sales');
    expect(types('客服就会复制粘贴')).toContain('after_sales');
  });

  it('is none by this rule when it took no time or was no use to anyone else', () => {
    expect(byRule('客服没用多久就帮我解决了')).toEqual([]);
    expect(byRule('东西没用完，客服说可以退')).toEqual([]);
    expect(byRule('这个赠品没用，客服态度很好')).toEqual([]);
  });
});

// An account of the fault refused is the complaint left unresolved; one only asked for is not yet refused.
describe('an account refused', () => {
  it('is after_sales', () => {
    expect(types('汤洒了一半，袋子都湿了，商家也不给个说法')).toContain('after_sales');
  });

  it('is nothing when only asked for, or threatened over', () => {
    const byRule = (text: string) => typesForRemedyWithheld([], text, DEFAULT_TYPES).map((t) => t.type);
    expect(byRule('吃出一只虫子，商家给个说法')).toEqual([]);
    expect(byRule('商家不给个说法我就打12315')).toEqual([]);
    expect(byRule('不给个说法就投诉到消协')).toEqual([]);
  });
});

// Money owed told as withheld before it is named (没有任何赔付) is the same remedy withheld.
describe('no compensation given, the denial first', () => {
  const byRule = (text: string) => typesForRemedyWithheld([], text, DEFAULT_TYPES).map((t) => t.type);
  it('is after_sales', () => {
    expect(types('配送超时半小时，也没有任何赔付')).toContain('after_sales');
    expect(byRule('重新派单又等了四十分钟，平台也没任何补偿')).toEqual(['after_sales']);
  });

  it('is nothing when waived, or in a stay', () => {
    expect(byRule('超时了一点，没赔偿也无所谓，东西好吃')).toEqual([]);
    expect(byRule('订的大床房到店说没了，没有任何补偿')).toEqual([]);
  });

  it('is after_sales when the compensation asked for is stalled (要求赔偿酒店还推三阻四)', () => {
    expect(types('房间里有蟑螂，赶紧退房了，要求赔偿酒店还推三阻四')).toContain('after_sales');
    expect(typesForRemedyWithheld([], '要求退款，商家一直拖着', DEFAULT_TYPES).map((t) => t.type)).toEqual(['after_sales']);
    expect(typesForRemedyWithheld([], '要求退款，商家没有推脱，马上退了', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('a complaint unhandled after 怕 or 担心 in its clause', () => {
  it('is told, not supposed: only 如果, 要是, 假如 and 万一 suppose it here', () => {
    expect(typesForRemedyWithheld([], '也不怕你们笑话投诉了三次都没人处理', DEFAULT_TYPES).map((t) => t.type)).toEqual(['after_sales']);
    expect(typesForRemedyWithheld([], '如果投诉没人管怎么办', DEFAULT_TYPES)).toEqual([]);
  });
});
