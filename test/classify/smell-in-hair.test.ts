import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForSmellInHair, typesForSmellInHairNotFood } from '../../shared/classify/smell-in-hair.ts';
import type { ComplaintTypeScore } from '../../shared/classify/complaint-types.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const food: ComplaintTypeScore[] = [{ type: 'product_quality', confidence: 0.9, phrases: ['头发'], problem: true }];
const FOOD_FAULTS = ['头发', '难吃', '不新鲜', '太咸'];

describe('the place’s smoke carried out in the guest’s hair (吃完头发衣服全是火锅味)', () => {
  it('is environment, and no hair in the food, beside praise of the dishes', () => {
    expect(types('火锅很好吃，毛肚脆，虾滑弹，服务也好。就是通风太差了，吃完头发衣服全是火锅味。')).toEqual(['environment']);
    expect(types('朋友推荐的烤肉店，五花肉和牛舌都烤得刚好，冷面酸甜爽口。店员会帮忙烤，很贴心。唯一的缺点是出门以后头发上都是烤肉味，回家马上洗了头。人均一百，还会再来。')).toEqual(['environment']);
    expect(types('串串香的鍋底很香，牛肉串嫩，價格也實惠。只是店裡抽風機好像沒開，吃完頭髮外套全是串串味。')).toContain('environment');
  });

  it('leaves product_quality when the food is faulted too, and names nothing for a scent', () => {
    expect(typesForSmellInHairNotFood(food, '菜里吃出一根头发，吃完头发上全是味', FOOD_FAULTS)).toEqual(food);
    expect(typesForSmellInHairNotFood(food, '牛肉不新鲜，头发都是火锅味', FOOD_FAULTS)).toEqual(food);
    expect(typesForSmellInHairNotFood(food, '吃完头发衣服全是火锅味', FOOD_FAULTS)).toEqual([]);
    expect(typesForSmellInHair([], '这款洗发水很好用，洗完头发上全是香味', ['environment'])).toEqual([]);
    expect(typesForSmellInHair([], '碗里有根头发，味道也一般', ['environment'])).toEqual([]);
  });
});
