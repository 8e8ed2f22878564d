import { describe, expect, it } from 'vitest';
import { typesForDeskSlow } from '../../shared/classify/desk-slow.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['responsiveness', 'service_attitude'];

// The guide: slow handling at the counter is responsiveness (办入住等了半小时).
describe('the desk slow at check-in or check-out', () => {
  it('is responsiveness however the slowness is said', () => {
    expect(types('办手续太慢了')).toContain('responsiveness');
    expect(types('入住手续办得很慢，一个个复印身份证，等得人心烦')).toContain('responsiveness');
    expect(types('办个入住要四十分钟，你们是认真的吗')).toContain('responsiveness');
  });

  it('is none by this rule when said quick, or slow through the guest', () => {
    expect(typesForDeskSlow([], '前台办入住很快，两分钟就拿到房卡了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '办入住不用等，退房也不慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '办入住的时候因为身份证读卡慢了一点，前台直接叹气', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '办完入住，电梯很慢', DEFAULT_TYPES)).toEqual([]);
  });

  it('is responsiveness for a wait or a queue at check-in or check-out with the procedure unnamed', () => {
    expect(types('房间还行，就是退房的时候排队也很久')).toContain('responsiveness');
    expect(types('房間很乾淨，入住時等了快半小時，櫃檯只有一個人')).toContain('responsiveness');
    expect(typesForDeskSlow([], '入住的时候发现网速很慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '退房时不用排队，很快就办好了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '入住时因为我自己证件没带齐，等了好久', DEFAULT_TYPES)).toEqual([]);
  });

  it("is responsiveness for a restaurant's table service said slow (上个菜要半个多小时, 加菜加了三次都没上)", () => {
    for (const text of [
      '菜上齊用了一個多小時 餓死了',
      '上个菜要半个多小时 服务员还在玩手机',
      '从点菜到上菜足足五十分钟',
      '加菜加了三次都没上 最后只能退了',
      '吃完结账等了二十分钟',
    ]) expect(types(text), text).toContain('responsiveness');
  });

  it('is none by this rule for table service said quick or better than before', () => {
    expect(typesForDeskSlow([], '上菜很快，十分钟就上齐了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '上次说上菜慢，这次改善了，二十分钟上齐', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '结账不用等，扫码就行', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '菜上齐了，味道都不错', DEFAULT_TYPES)).toEqual([]);
  });

  it('is responsiveness for the room given only after a wait (等到四点才给房, 坐到五点多才拿到房卡)', () => {
    expect(types('下午两点到的，等到四点才给房')).toContain('responsiveness');
    expect(typesForDeskSlow([], '房间没收拾好，在大堂坐到五点多才拿到房卡', DEFAULT_TYPES).map((t) => t.type)).toEqual(['responsiveness']);
    expect(typesForDeskSlow([], '我们自己逛到晚上才入住，房间很干净', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForDeskSlow([], '办手续太慢了', ['service_attitude'])).toEqual([]);
  });

  it('is responsiveness when the desk is said slow at its work (前台办事慢)', () => {
    expect(types('电梯等很久，前台办事慢，早餐品种少，房间隔音差')).toContain('responsiveness');
    expect(typesForDeskSlow([], '前台办事很快，就是电梯有点慢', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('the table service said not slow (上菜速度不算慢, 上菜没那么慢)', () => {
  it('is no responsiveness', () => {
    expect(types('上菜速度不算慢，味道不比以前差')).not.toContain('responsiveness');
    expect(typesForDeskSlow([], '人虽然多，上菜也没那么慢', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '结账不太慢，服务员很客气', DEFAULT_TYPES)).toEqual([]);
  });

  it('is responsiveness still when said slow', () => {
    expect(typesForDeskSlow([], '上菜太慢了，等了四十分钟', DEFAULT_TYPES).map((t) => t.type)).toEqual(['responsiveness']);
  });
});

describe('a dish or drink brought only once the meal was over (饮料等到吃完饭才上)', () => {
  it('is responsiveness beside praise', () => {
    expect(types('这家店整体不错，招牌菜都很好吃，环境也挺舒服。就是点的饮料等到吃完饭才上。')).toContain('responsiveness');
  });

  it('is none by this rule for one that never came (a missing item), or the bill after the meal', () => {
    expect(typesForDeskSlow([], '点的玉米汁一直到吃完都没上', DEFAULT_TYPES)).toEqual([]);
    expect(typesForDeskSlow([], '吃完饭才上来结账，很方便', DEFAULT_TYPES)).toEqual([]);
  });
});
