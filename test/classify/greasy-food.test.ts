import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFlavourOverdone } from '../../shared/classify/flavour-overdone.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const ruleTypes = (text: string) => typesForFlavourOverdone([], text, ['product_quality']).map((t) => t.type);

/** Takeaway food said greasy the way customers say it: 油很大, 油太大了, 好油啊, 吃完好腻, 油汪汪的. */
describe('food said greasy', () => {
  it('is product_quality', () => {
    expect(types('油很大')).toContain('product_quality');
    expect(types('油太大了，吃完好腻')).toContain('product_quality');
    expect(types('好油啊，吃两口就不想吃了')).toContain('product_quality');
    expect(types('炒饭油汪汪的，吃着好腻')).toContain('product_quality');
  });

  it('is none by this rule for a denial, praise that uses 好, or the premises', () => {
    expect(ruleTypes('油也不大，很清淡')).toEqual([]);
    expect(ruleTypes('还好油不多，挺清爽')).toEqual([]);
    expect(ruleTypes('这家的油泼面好好吃，百吃不腻')).toEqual([]);
    expect(ruleTypes('厨师手艺好腻害')).toEqual([]);
    expect(ruleTypes('天天喝好腻哦，换个牌子嘛')).toEqual([]);
    expect(ruleTypes('鸡汤很鲜 汤上面一层油都撇了 很清爽')).toEqual([]);
    expect(ruleTypes('桌子上一层油，地上也油汪汪的')).toEqual([]);
    expect(ruleTypes('牛肉面的辣椒油好香')).toEqual([]);
  });

  it('reads 吃完好腻 as a fault in the sentiment too, not 完好 (intact) as praise', () => {
    for (const text of ['吃完好腻', '油太大了，吃完好腻'])
      expect(classifier.classifySync({ text }).sentiment.label, text).toBe('negative');
    for (const text of ['加油大哥，好吃', '油泼面好好吃']) expect(classifier.classifySync({ text }).sentiment.label, text).toBe('positive');
  });
});
