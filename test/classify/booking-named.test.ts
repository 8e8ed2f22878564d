import { describe, expect, it } from 'vitest';
import { typesForBookingNamed } from '../../shared/classify/booking-named.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const order = [{ type: 'order_accuracy', confidence: 0.8, phrases: ['订的是'], problem: true }];
const phrases = ['点的是', '订的是', '少了一', '送错', '没给', '缺'];
const named = (text: string) => typesForBookingNamed(order, text, phrases);

// The guide: order_accuracy is what came differing from what was booked (订的大床房给了标间).
describe('a booking named with nothing said to differ', () => {
  it('is no order_accuracy', () => {
    expect(types('订的是大床房，房间很干净，服务也好')).toEqual([]);
    expect(types('预订的是行政房，含酒廊，下午茶很好吃')).toEqual([]);
    expect(types('訂的是雙床房，房間很大')).toEqual([]);
    expect(types('订的是标准间，房间很宽敞，卫生也不错')).toEqual([]);
  });

  it('is no order_accuracy without 是 either', () => {
    expect(types('订的大床房，房间很大很干净')).toEqual([]);
    expect(named('订的海景房，景色很美')).toEqual([]);
  });

  it('keeps order_accuracy when what came is said to differ', () => {
    expect(types('订的是大床房，给的是标间')).toContain('order_accuracy');
    expect(named('订的是黑色。来了一个灰蓝的。差评。')).toEqual(order);
    expect(named('订的是含双早，早餐券只有一张')).toEqual(order);
    expect(named('订的是两晚，前台说系统默认一晚')).toEqual(order);
    expect(named('订的铂金蓝发个纯黑很不负责任')).toEqual(order);
  });
});

describe('a takeaway order named with nothing said to differ', () => {
  it('is no order_accuracy', () => {
    expect(types('点的是黄焖鸡米饭，鸡肉很嫩')).not.toContain('order_accuracy');
    expect(types('點的是排骨便當 排骨很大塊')).not.toContain('order_accuracy');
    expect(named('点的双拼饭，分量很足')).toEqual([]);
  });

  it('keeps order_accuracy when what came is said to differ, is missing or unlike what was ordered', () => {
    expect(named('点的鸡排饭少了一块鸡排')).toEqual(order);
    expect(named('点的是半糖，喝着像全糖')).toEqual(order);
    expect(named('点的是两份米饭，只来了一份')).toEqual(order);
    expect(named('点的柠檬茶呢')).toEqual(order);
  });
});

describe('a long dine-in review naming its dishes, a fault of another kind told later', () => {
  it('is no order_accuracy', () => {
    expect(named('老板很实在，鱼都是现杀的。我们点的是豆花鱼，豆花很嫩，鱼片滑。另外还点了个凉拌折耳根，很下饭。唯一的缺点就是停车太难了，绕了好几圈。')).toEqual([]);
    expect(types('老板很实在的一家店，鱼都是现杀的，选好鱼以后十分钟左右就能上桌。我们点的是豆花鱼，豆花很嫩，鱼片滑，汤底麻辣鲜香。另外还点了个炝炒莲白和凉拌折耳根，都很下饭。唯一的缺点就是停车太难了，门口就那么几个车位，绕了好几圈才停好。')).not.toContain('order_accuracy');
  });

  it('keeps order_accuracy when another sentence tells of a dish wrong or short', () => {
    expect(named('我们点的是豆花鱼，很嫩。上来的是酸菜鱼，服务员说做错了。缺点是停车难。')).toEqual(order);
    expect(named('点的是四人套餐，味道不错。甜品没上。缺点是停车难。')).toEqual(order);
    expect(named('环境好。点的是烤鸭，皮很脆。少了一份薄饼。')).toEqual(order);
  });
});
