import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPromiseBroken } from '../../shared/classify/promise-broken.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const taxonomyTypes = ['misleading_promise'];
const named = (text: string) => typesForPromiseBroken([], text, taxonomyTypes).map((t) => t.type);

describe('a promise not kept (说好的买一送一，只送了一杯; 说好的冰镇呢)', () => {
  it('is misleading_promise', () => {
    for (const text of [
      '满减说好的减20 付款的时候只减了8块',
      '说好的第二份半价 结账照样收全价',
      '說好的免費停車 結果出來收了我二十',
      '说好的加冰呢 拿到手是温的',
      '说好的海景房，窗外是楼，海在哪？',
      '办卡的时候说好的终身九折，今天来却说活动取消了',
    ]) expect(types(text), text).toContain('misleading_promise');
  });

  it('is misleading_promise when the promise is said not to have been honoured (没有兑现)', () => {
    for (const text of [
      '房间还算干净。订房时说好的免费接站也没有兑现，自己打车过去的',
      '入住时说好的延迟退房到头来没能兑现',
    ]) expect(named(text), text).toEqual(['misleading_promise']);
    expect(types('說好的生日蛋糕最後沒兌現，問了也只是道歉')).toContain('misleading_promise');
    expect(named('说好的免费升级真的兑现了，前台很守信')).toEqual([]);
  });

  it('is misleading_promise when what came is compared with the promise (跟说好的完全不一样)', () => {
    expect(named('酒店宣传是宠物友好，结果只能放在一楼的宠物间，这跟说好的完全不一样')).toEqual(['misleading_promise']);
    expect(named('说好的是纯棉的，快递来不是纯棉的，布料还不一样')).toEqual(['misleading_promise']);
  });

  it('stays quiet when the promise was kept, the promise was the customer\'s own, or only a time was promised', () => {
    for (const text of [
      '说好的免费加蛋真的给了 老板实在',
      '跟老板说好了不要葱 结果还是放了',
      '说好的四十分钟呢 一个半小时才到',
      '说好的备注不要辣呢',
      '辣到冒汗 说好的微辣呢',
      '说好的三分糖 结果甜得齁人',
      '大家都说好的店果然没让人失望',
      '别人一说好就跟风买了',
    ]) expect(named(text), text).toEqual([]);
  });
});

// The guide: 说好的…没有 is misleading_promise; a free thing promised and then charged is that promise broken, and the fee price_billing.
describe('a free thing promised, then charged after all', () => {
  it('is misleading_promise and price_billing', () => {
    for (const text of [
      '订房时说好的免费接机 落地后司机又说要收八十',
      '说好的免费洗衣 退房时又要另付两百',
      '说好含停车 入住时又说要交五十停车费',
    ]) {
      const found = types(text);
      expect(found, text).toContain('misleading_promise');
      expect(found, text).toContain('price_billing');
    }
  });

  it('is none by this rule when the "又" praises', () => {
    for (const text of ['说好的早餐 又好吃又丰富', '说好的接机 司机又准时又热情', '说好的升级 又送了果盘']) expect(named(text), text).toEqual([]);
  });
});

describe('就说好 closing its clause: someone agreeing, no promise (我妈没听明白就说好)', () => {
  it('is no misleading_promise, where 就说好的 is still one', () => {
    expect(types('我妈也没听明白就说好，结果送来的完全不是她要的')).not.toContain('misleading_promise');
    expect(types('当时就说好的八点送到，结果十点才来')).toContain('misleading_promise');
  });
});

describe('the free thing charged after all, the model unsure of the fee', () => {
  it('names price_billing from the charge itself', () => {
    expect(typesForPromiseBroken([], '说好含停车 入住时又说要交五十停车费', ['misleading_promise', 'price_billing']).map((t) => t.type).sort()).toEqual(['misleading_promise', 'price_billing']);
    expect(typesForPromiseBroken([], '说好的买一送一，只送了一杯', ['misleading_promise', 'price_billing']).map((t) => t.type)).toEqual(['misleading_promise']);
  });
});
