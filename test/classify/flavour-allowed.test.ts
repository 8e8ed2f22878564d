import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFlavourAllowed, typesForFlavourOverdone } from '../../shared/classify/flavour-overdone.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FOOD = [{ type: 'product_quality', confidence: 0.9, phrases: ['有点苦'], problem: true }];
// A stand-in for the taxonomy's food fault phrases, which the rule is given
const keptTypes = (text: string) => typesForFlavourAllowed(FOOD, text, ['不新鲜', '难吃']).map((t) => t.type);

describe('a mild flavour the review itself makes a character or a style', () => {
  it('is no product_quality in a long all-praise review (偏甜 as a style, 有点苦但是很特别)', () => {
    expect(types('约会来的西餐厅，灯光很暗很有情调。牛排是五分熟，肉是粉红色的，黑椒汁有点偏甜，配着吃刚好解腻，薯条也脆，服务生会帮忙倒酒，很贴心')).not.toContain('product_quality');
    expect(types('带闺蜜来的烧鸟店，鸡皮烤得焦香，芦笋培根卷很嫩，银杏有点苦，不过很特别，柚子汽水清爽，店员小哥很有礼貌')).not.toContain('product_quality');
    expect(types('下班跟同事来的居酒屋，鸡皮串烤得很脆，鸡心有嚼劲，烤银杏有点苦但是很特别，玉子烧软软的，生啤冰得刚好，氛围也很日式，人均一百多，会常来')).not.toContain('product_quality');
    expect(keptTypes('这道苦瓜酿肉有点苦，不过别有风味，老板说是故意留的')).toEqual([]);
    expect(keptTypes('叉烧偏甜，正合我意')).toEqual([]);
  });

  it('holds for traditional characters', () => {
    expect(types('週末帶爸媽來吃港式燒臘，燒鵝皮很脆，白切雞很嫩，叉燒醬汁有點偏甜，配飯剛好，例湯也很清潤，阿姨們動作很快，價格實惠，會再來')).not.toContain('product_quality');
  });

  it('keeps product_quality when the fault stands (turned only to praise, told plainly, or another fault beside it)', () => {
    expect(keptTypes('酱汁稍微有点咸，但下饭')).toEqual(['product_quality']);
    expect(keptTypes('泡菜有点偏酸，但是很开胃')).toEqual(['product_quality']);
    expect(keptTypes('奶茶偏甜，喝两口就腻了')).toEqual(['product_quality']);
    expect(keptTypes('烤银杏有点苦但是很特别，可惜牛肉太咸了')).toEqual(['product_quality']);
    expect(keptTypes('酱汁有点偏甜刚好，鱼不新鲜')).toEqual(['product_quality']);
    expect(keptTypes('咖喱是日式偏甜那种，配饭刚好，就是溏心蛋煮过头了')).toEqual(['product_quality']);
  });

  it('adds no product_quality by the passing-fault rule for a remark made the dish character', () => {
    expect(typesForFlavourOverdone([], '烤银杏有点苦但是很特别', ['product_quality'])).toEqual([]);
    expect(typesForFlavourOverdone([], '这个汤有点苦，可惜没喝完', ['product_quality']).map((t) => t.type)).toEqual(['product_quality']);
  });
});
