import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForCounterWait, typesForCounterWaitNotDelivery } from '../../shared/classify/counter-wait.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForCounterWait([], text, ['responsiveness']).map((t) => t.type);

// The guide: slow handling at the counter is responsiveness; a clinic's or a bank's counter as much as a hotel's desk.
describe("hours at a clinic's or a bank's counter, or a report past its time", () => {
  it('are responsiveness', () => {
    expect(types('挂了号等了三个小时，医生看了不到两分钟就打发我走了，问个问题还嫌我烦')).toContain('responsiveness');
    expect(types('体检报告说好一周出，等了半个月还没出来，打电话问前台每次都说快了')).toContain('responsiveness');
    expect(ruleTypes('在营业厅排了一个多小时才轮到我')).toEqual(['responsiveness']);
    expect(ruleTypes('体检中心流程清楚，就是抽血的地方人太多等了四十分钟')).toEqual(['responsiveness']);
    expect(ruleTypes('银行卡莫名其妙被锁了，去网点要排两个小时')).toEqual(['responsiveness']);
    expect(ruleTypes('装宽带的师傅约好下午两点，五点才到')).toEqual(['responsiveness']);
    expect(ruleTypes('医生挺好，就是取药排队太久了')).toEqual(['responsiveness']);
    expect(ruleTypes('牙医技术不错，等号等了一个多小时')).toEqual(['responsiveness']);
  });

  it('are none by this rule for a short wait, a report on time, or a wait only supposed', () => {
    expect(ruleTypes('挂号等了十分钟就轮到了')).toEqual([]);
    expect(ruleTypes('体检报告三天就出来了，很快')).toEqual([]);
    expect(ruleTypes('要是挂号等了两个小时我就不来了')).toEqual([]);
    expect(ruleTypes('约好的朋友迟到了半小时')).toEqual([]);
    expect(ruleTypes('奶茶店排队太久了')).toEqual([]);
  });
});

describe("a wait at a clinic's counter, nothing brought", () => {
  it('is no delivery', () => {
    expect(types('牙科医生技术很好，一点都不疼，就是等号等了一个多小时')).not.toContain('delivery');
  });

  it('keeps delivery when an order was brought', () => {
    expect(typesForCounterWaitNotDelivery([{ type: 'delivery', score: 0.9 } as never], '药房排了一个小时，快递还送错了地址').map((t) => t.type)).toEqual(['delivery']);
  });
});
