import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFoodItemScant, typesForScantNotMissing } from '../../shared/classify/food-item-scant.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'price_billing'];

describe('an item of the food said too little (米饭有点少, 汤少了点)', () => {
  it('is product_quality after praise', () => {
    expect(types('味道不错，就是米饭少了点')).toContain('product_quality');
    expect(types('好吃，量有点少')).toContain('product_quality');
    expect(types('烤鱼本身还行，配菜给的很少，豆芽土豆各几根')).toContain('product_quality');
  });

  it('is product_quality for the food itself, unnamed, said too little after a turn (就是有点少)', () => {
    for (const text of ['酸辣粉味道很好，粉也很筋道，就是有点少', '牛雜很入味，只是少了點', '鸡排外酥里嫩 可惜太少 一口就没了', '卤味都挺香的，不过少了一点。'])
      expect(types(text), text).toContain('product_quality');
    for (const text of ['很好吃，就是有点少辣的选项', '如果能多一点就好了，不过少一点也行', '好吃，就是少了一份米饭'])
      expect(typesForFoodItemScant([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('is none by this rule for the staff, a shower, a wish, a missing item or an earlier order', () => {
    expect(typesForFoodItemScant([], '菜是好吃的，就是服务员太少了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '淋浴水量有点少', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '下次麻烦少放辣，饭少盛点', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '点了两份米饭，少了一份', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '这种汤很少有这么鲜的，饭很少吃完', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '之前打过差评说饭太少，这次明显量多了', DEFAULT_TYPES)).toEqual([]);
  });

  it('is product_quality for an unwanted part of the food said too much after praise (鱼刺有点多, 盐放多了)', () => {
    for (const text of [
      '水煮鱼很入味 就是鱼刺有点多',
      '烤鱼外焦里嫩 可惜刺太多了 吃得很累',
      '红烧排骨挺香 就是碎骨太多',
      '卤肉饭分量很足 就是肥肉多了点',
      '麻婆豆腐很下饭 就是花椒放太多了',
      '炒青菜还挺新鲜 就是盐放多了',
      '凉面味道不錯 就是蒜放得太多',
    ]) expect(types(text), text).toContain('product_quality');
  });

  it('is none by this rule for a part praised as plenty, denied, feared or wished for', () => {
    for (const text of [
      '鱼刺不多，吃着很放心',
      '本来怕油太多，结果很清爽',
      '下次辣椒别放太多',
      '凉皮很好吃，面筋很多',
      '肉很多，料也多',
      '葱油饼葱很多，特别香',
      '蒜泥白肉蒜特别多，过瘾',
      '这种鱼刺很多的鱼一般我不点，这家挑得很干净',
    ]) expect(typesForFoodItemScant([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForFoodItemScant([], '米饭有点少', ['price_billing'])).toEqual([]);
  });
});

describe('an item said too little is no missing item (米饭太少了)', () => {
  const ORDER_PHRASES = ['少了一', '没给', '备注', '漏送'];
  const MISSING = [{ type: 'order_accuracy', confidence: 0.5, phrases: ['少了'], problem: true }];
  const kept = (text: string) => typesForScantNotMissing(MISSING, text, ORDER_PHRASES).map((t) => t.type);

  it('is product_quality alone', () => {
    expect(types('肉太少了')).toEqual(['product_quality']);
    expect(types('薯条太少了')).toEqual(['product_quality']);
    expect(types('饭给的太少了')).toEqual(['product_quality']);
  });

  it('keeps order_accuracy for an item also left out or a remark not followed', () => {
    expect(kept('米饭太少了 还少了一份小菜')).toEqual(['order_accuracy']);
    expect(kept('肉太少了 筷子也没给')).toEqual(['order_accuracy']);
    expect(kept('备注了多放肉 结果肉太少了')).toEqual(['order_accuracy']);
    expect(kept('少了一瓶可乐')).toEqual(['order_accuracy']);
  });

  it('keeps order_accuracy beside shrimp said few (虾仁很少), read for the food only', () => {
    expect(kept('提前订了靠窗的位置，到了说没有了只能坐大厅。龙井虾仁虾仁很少，基本都是茶叶。')).toEqual(['order_accuracy']);
  });
});

describe('the meat or the filling said next to none (味道淡 没啥肉)', () => {
  it('is product_quality, and negative when the clauses only list faults', () => {
    for (const text of ['味道淡 没啥肉', '骨头上没什么肉', '青椒肉丝几乎没肉']) expect(typesForFoodItemScant([], text, DEFAULT_TYPES).map((t) => t.type), text).toEqual(['product_quality']);
    expect(classifier.classifySync({ text: '味道淡 没啥肉' }).sentiment.label).toBe('negative');
  });

  it('is none for a gamey smell denied (没什么肉腥味), which stays praise', () => {
    expect(typesForFoodItemScant([], '没什么肉腥味 很好吃', DEFAULT_TYPES)).toEqual([]);
    expect(classifier.classifySync({ text: '没什么肉腥味 很好吃' }).sentiment.label).toBe('positive');
  });
});

describe('less than before (比上次少了)', () => {
  it('is the portion shrunk, no order_accuracy', () => {
    expect(types('比上次少了 也没上次香')).toEqual(['product_quality']);
  });

  it('keeps order_accuracy for an item counted short (比上次少了一份饮料)', () => {
    expect(types('比上次少了一份饮料')).toEqual(['order_accuracy']);
  });
});

describe('the meat counted out in a few pieces (牛肉只有薄薄的三片), or the shrimp said few (虾仁很少)', () => {
  it('is product_quality, in a long review of the dishes', () => {
    expect(types('工作日中午来的，点了一个牛肉面和一个卤蛋。面是手擀的很有嚼劲，汤头很浓，但是牛肉只有薄薄的三片。卤蛋很入味。')).toContain('product_quality');
    expect(types('松鼠鳜鱼酸甜适口，东坡肉软糯；不过龙井虾仁虾仁很少，基本都是茶叶。服务员态度还行。')).toContain('product_quality');
  });

  it('is none by this rule for a count that is no lack', () => {
    expect(typesForFoodItemScant([], '这家店只有三个包间，要提前订', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '菜单上只有两个肉菜', DEFAULT_TYPES)).toEqual([]);
  });
});

describe('the portion said plainly shrunk (菜量明显少了, 肉越来越少了)', () => {
  it('is product_quality', () => {
    expect(types('以前经常来，这次来菜量明显少了，价格还贵了。唯一没变的是环境还挺好。')).toContain('product_quality');
    expect(typesForFoodItemScant([], '牛肉面里的肉越来越少了', DEFAULT_TYPES).map((t) => t.type)).toEqual(['product_quality']);
  });

  it('is none by this rule for an item counted missing', () => {
    expect(typesForFoodItemScant([], '饮料明显少了一杯', DEFAULT_TYPES)).toEqual([]);
  });
});
