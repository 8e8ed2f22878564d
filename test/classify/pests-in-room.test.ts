import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPestsInRoom } from '../../shared/classify/pests-in-room.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const FOOD = [{ type: 'product_quality', confidence: 0.6, phrases: [], problem: true }];
const TAXONOMY = ['product_quality', 'environment'];

// The guide: environment is the room's condition and cleanliness; product_quality the food, the bed and the linen.
describe("vermin in a stay's room or bed", () => {
  it('is environment, not product_quality', () => {
    for (const text of [
      '出差住了两晚，第一晚就在枕头边发现了小虫子，胳膊上被咬了一串包，痒了好几天',
      '酒店房间里有蟑螂在墙上爬，跟前台说了只给了一瓶杀虫剂',
      '入住当晚被跳蚤咬得睡不着，酒店说不可能',
      '民宿的被子上爬著好幾隻小蟲子，住了一晚就走了',
    ]) {
      const found = types(text);
      expect(found, text).toContain('environment');
      expect(found, text).not.toContain('product_quality');
    }
  });

  it('leaves product_quality when something eaten is named or the linen is said unwashed', () => {
    expect(typesForPestsInRoom(FOOD, '酒店的早餐粥里有个小虫子', TAXONOMY)).toEqual(FOOD);
    expect(typesForPestsInRoom(FOOD, '入住后身上全是螨虫咬的包，床单根本没换过', TAXONOMY).map((t) => t.type)).toEqual(['environment', 'product_quality']);
    expect(typesForPestsInRoom(FOOD, '外卖的菜里吃出一只虫子', TAXONOMY)).toEqual(FOOD);
  });

  it('is environment when only the bed tells the stay (床上有臭虫, 枕头上有虫, 被子里有小黑虫)', () => {
    for (const text of ['睡了一晚身上被咬了好几十个包，床上有臭虫', '枕头上有虫！！！恶心死了', '被子里有好几只小黑虫，这卫生也太差了']) {
      expect(typesForPestsInRoom(FOOD, text, TAXONOMY).map((t) => t.type), text).toEqual(['environment']);
    }
    expect(typesForPestsInRoom(FOOD, '躺在床上吃外卖，饭里有只虫子', TAXONOMY)).toEqual(FOOD);
  });
});
