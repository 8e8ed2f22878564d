import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRoomServiceFoodCooled, typesForRoomServiceNotDelivery, typesForRoomServiceWaited } from '../../shared/classify/room-service.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['delivery', 'responsiveness', 'product_quality'];
const delivery = [{ type: 'delivery', confidence: 0.9, phrases: ['送餐'], problem: true }];

// The guide: delivery is the trip of an order to the customer; the business's own slowness is responsiveness.
describe("a hotel's own room service", () => {
  it('slow to come is responsiveness, not delivery', () => {
    expect(types('叫了客房送餐等了一个小时')).toEqual(['responsiveness']);
    expect(types('在房间点的餐送了一个多小时才到')).toEqual(['responsiveness']);
    expect(types('房间里叫的餐半天没送来')).toContain('responsiveness');
    expect(types('叫了room service，等了一个多小时')).toEqual(['responsiveness']);
    expect(types('打电话要的加床等了很久才送来')).toEqual(['responsiveness']);
  });

  it('come cold after the wait is the food, not delivery', () => {
    const cooled = types('叫了客房服务，送餐等了快一个小时，饭都凉了');
    expect(cooled).toEqual(expect.arrayContaining(['responsiveness', 'product_quality']));
    expect(cooled).not.toContain('delivery');
    expect(types('叫了客房送餐等了一個小時，送來都涼了')).not.toContain('delivery');
    expect(types('叫了酒店的送餐，送来的时候汤都洒了一半')).not.toContain('delivery');
  });

  it('leaves delivery to a takeaway brought to the hotel by a rider', () => {
    expect(types('在酒店点的外卖，骑手送了一个小时才到')).toContain('delivery');
    expect(typesForRoomServiceNotDelivery(delivery, '住酒店点了美团外卖，送了一个多小时，到了都凉了')).toEqual(delivery);
    expect(typesForRoomServiceNotDelivery(delivery, '中午点的饭，送餐员送了一个小时，都凉了')).toEqual(delivery);
  });

  it('is no complaint by these rules when it came quickly', () => {
    expect(typesForRoomServiceWaited([], '客房送餐很快，十分钟就到了', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRoomServiceWaited([], '在房间点了送餐，二十分钟就送上来了，炒饭很香', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRoomServiceFoodCooled([], '晚上叫了客房送餐，面还是热乎的', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRoomServiceFoodCooled([], '在房间点了夜宵，空调很凉快，吃得很舒服', DEFAULT_TYPES)).toEqual([]);
    expect(typesForRoomServiceFoodCooled([], '在房间点了一份凉面和一份凉菜，味道不错', DEFAULT_TYPES)).toEqual([]);
  });
});
