import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { detectLanguage } from '../../shared/classify/language.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('Taiwan and Hong Kong words in traditional text', () => {
  it.each([
    ['飯店網路很慢，根本連不上', 'environment'],
    ['房間網路一直斷線，根本沒辦法工作', 'environment'],
    ['蓮蓬頭水很小，熱水也不穩', 'environment'],
    ['退費申請了兩個禮拜還沒收到', 'after_sales'],
  ])('%s → %s, as its mainland wording is', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('an air conditioner that broke is the room, not a product bought', () => {
    expect(types('冷氣壞掉了，整晚熱到睡不著')).toEqual(['environment']);
  });

  it('reads the words as the mainland says them in traditional text only', () => {
    expect(detectLanguage('房間冷氣很吵，網路也慢').analysisText).toBe('房间空调很吵,网络也慢');
    // Simplified text keeps its words: 冷气 is mainland usage too, and the models learnt it so.
    expect(detectLanguage('冷气开得太足，网路也慢').analysisText).toBe('冷气开得太足,网路也慢');
  });
});

describe('Hong Kong variants and Taiwan words the dictionaries lack', () => {
  it('reads 衞生 as 卫生 and the message as traditional', () => {
    expect(detectLanguage('不衞生').analysisText).toBe('不卫生');
    expect(detectLanguage('不衞生').script).toBe('traditional');
  });

  it('reads 價效比 as 性价比, so that a poor one is a price fault', () => {
    expect(detectLanguage('價效比不高').analysisText).toBe('性价比不高');
  });
});

describe('Taiwan words for what the rules know by their mainland names', () => {
  // Found by reading every Chinese measuring set converted to Taiwan script with opencc-js (cn → twp): type readings that
  // differed from the simplified originals 148 → 59 of 15,485.
  it.each([
    ['便當裡吃出一塊塑膠', '便当里吃出一块塑料'],
    ['小程式一直閃退', '小程序一直闪退'],
    ['人工視窗只開兩個', '人工窗口只开两个'],
    ['開啟一看少了一個雞翅', '打开一看少了一个鸡翅'],
    ['我的資訊到底被賣了幾手', '我的信息到底被卖了几手'],
  ])('%s reads as %s', (text, mainland) => {
    expect(detectLanguage(text).analysisText).toBe(mainland);
  });

  it('finds the plastic in a Taiwan takeaway review urgent', () => {
    expect(classifier.classifySync({ text: '便當裡吃出一塊塑膠' }).urgent).toBe(true);
  });
});
