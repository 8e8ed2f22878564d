import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForInternetFault, typesForStayInternetNotAnOrder } from '../../shared/classify/internet-fault.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'environment', 'responsiveness'];
const named = (text: string) => typesForInternetFault([], text, DEFAULT_TYPES).map((t) => t.type);

// The guide: in-room internet is environment; responsiveness only when staff were slow to help.
describe("a stay's wifi password wrong or unknown", () => {
  it('is environment, stay named or not', () => {
    expect(types('wifi密码不对连不上')).toEqual(['environment']);
    expect(types('房间里wifi密码不对，一直连不上')).toEqual(['environment']);
    expect(types('酒店的无线网密码错误，试了好几次都连不上')).toEqual(['environment']);
    expect(types('前台给的wifi密码是错的')).toEqual(['environment']);
    expect(types('房間裡wifi密碼不對，一直連不上')).toEqual(['environment']);
    expect(types('wifi密码问了三个人都说不知道')).toEqual(['environment']);
    expect(types('客房的无线网需要找前台要密码，给的密码还是错的')).toEqual(['environment']);
  });

  it("is none by this rule for a router's own password, or a password that works", () => {
    expect(named('路由器的wifi密码不对，重置了才连上')).toEqual([]);
    expect(named('wifi密码贴在桌上，一连就上，网速很快')).toEqual([]);
    expect(named('酒店wifi很快，就是保险箱密码不对，打不开')).toEqual([]);
  });
});

describe('no internet in the room', () => {
  it('is environment', () => {
    expect(types('房间没有网络')).toEqual(['environment']);
    expect(types('入住后发现房间根本没有网，只有大堂有wifi')).toEqual(['environment']);
    expect(types('房间里没有信号，手机打不了电话')).toEqual(['environment']);
    expect(types('房間沒有網絡')).toEqual(['environment']);
    expect(types('晚上房间的网一直断，根本没法工作')).toEqual(['environment']);
  });

  it('is no item left out of an order', () => {
    expect(types('房间没有wifi，也没有网线')).toEqual(['environment']);
    const order = [{ type: 'order_accuracy', confidence: 0.6, phrases: ['没有'], problem: true }];
    expect(typesForStayInternetNotAnOrder(order, '房间没有wifi，订的大床房也给成了双床', [])).toEqual(order);
  });

  it('is none by this rule when only supposed, asked about, or a booking channel', () => {
    expect(named('如果房间没有网络就不住了')).toEqual([]);
    expect(named('房间有没有wifi？')).toEqual([]);
    expect(named('酒店没有网络预订的优惠')).toEqual([]);
    expect(named('酒店门口没有信号灯，过马路很危险')).toEqual([]);
  });

  it('leaves responsiveness to staff slow to help', () => {
    expect(types('wifi连不上，找前台说了三次，等了一个小时也没人来处理')).toEqual(expect.arrayContaining(['environment', 'responsiveness']));
  });
});
