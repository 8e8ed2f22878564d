import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWeatherNotDelivery } from '../../shared/classify/cold-on-arrival.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('food that cooled on the way', () => {
  it('is delivery, not product_quality, when nothing else is said against the food', () => {
    const found = types('牛肉饭分量很足，味道也好，就是送来有点凉');
    expect(found).toContain('delivery');
    expect(found).not.toContain('product_quality');
  });

  it('keeps product_quality when the food itself is criticised too', () => {
    expect(types('送来有点凉，而且米饭是夹生的，太难吃了')).toContain('product_quality');
  });
});

describe('food or a drink arrived off its temperature', () => {
  it.each(['便當送到都冷掉了，微波爐又熱了一次', '点的冰拿铁送来都是温的', '柠檬茶送到已经不冰了，冰块全化了', '鸡排饭到手全凉了，下次不点了'])(
    'is delivery whatever the dish: %s',
    (text) => {
      expect(types(text)).toContain('delivery');
    },
  );

  it.each(['送到还没凉，包装很用心', '还以为送到会凉，结果还是热乎的', '凉皮送来的时候和料汁分开装，很贴心', '酒店早餐拿到的时候已经凉了'])(
    'is none when it did not happen, names a cold dish, or is a stay: %s',
    (text) => {
      expect(types(text)).not.toContain('delivery');
    },
  );
});

describe("a takeaway's minor flaw after praise, cold with the trip unsaid (味道不错 就是凉了)", () => {
  it.each(['味道不错 就是凉了', '好吃 可惜凉了', '鸡腿饭挺香 就是冷掉了', '味道可以 只是凉了点', '送餐员态度很好 就是菜凉了', '挺好吃 就是饭菜有点凉了'])('is delivery: %s', (text) => {
    expect(types(text)).toContain('delivery');
  });

  it.each(['房间不错 就是有点冷了', '饭菜很好 就是天气凉了', '好吃 就是凉拌菜少了点'])('is none for a room, the weather or a cold dish: %s', (text) => {
    expect(types(text)).not.toContain('delivery');
  });
});

describe('the weather turned cold (就是天气凉了)', () => {
  const modelDelivery = [{ type: 'delivery', confidence: 0.48, phrases: ['凉了'], problem: true }];
  it('takes away the model’s faint delivery when nothing tells how the food came', () => {
    expect(typesForWeatherNotDelivery(modelDelivery, '饭菜很好 就是天气凉了')).toEqual([]);
    expect(typesForWeatherNotDelivery(modelDelivery, '天冷了 送到都凉透了')).toEqual(modelDelivery);
  });
});
