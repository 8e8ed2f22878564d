import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForFoodItemScant } from '../../shared/classify/food-item-scant.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'price_billing'];

describe('an item of the food said too little (米饭有点少, 汤少了点)', () => {
  it('is product_quality after praise', () => {
    expect(types('味道不错，就是米饭少了点')).toContain('product_quality');
    expect(types('好吃，量有点少')).toContain('product_quality');
    expect(types('烤鱼本身还行，配菜给的很少，豆芽土豆各几根')).toContain('product_quality');
  });

  it('is none by this rule for the staff, a shower, a wish, a missing item or an earlier order', () => {
    expect(typesForFoodItemScant([], '菜是好吃的，就是服务员太少了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '淋浴水量有点少', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '下次麻烦少放辣，饭少盛点', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '点了两份米饭，少了一份', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '这种汤很少有这么鲜的，饭很少吃完', DEFAULT_TYPES)).toEqual([]);
    expect(typesForFoodItemScant([], '之前打过差评说饭太少，这次明显量多了', DEFAULT_TYPES)).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForFoodItemScant([], '米饭有点少', ['price_billing'])).toEqual([]);
  });
});
