import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const read = (text: string) => classifier.classifySync({ text });
const types = (text: string) => read(text).complaintTypes.map((t) => t.type);

describe('faults in the words short reviews use for them', () => {
  it.each([
    ['冰淇淋化成水了', 'delivery'],
    ['小哥迷路了，打了三个电话才找到，不过人挺好的', 'delivery'],
    ['油条豆浆便宜好吃，就是每次都要送半个多小时', 'delivery'],
    ['离我就两公里，送了一个钟', 'delivery'],
    ['龟速配送，蜗牛都比你快', 'delivery'],
    ['楼下KTV嗨到两点，根本困不着', 'environment'],
    ['看见耗子从床底下窜过去', 'environment'],
    ['套餐里的鸡翅漏装了', 'order_accuracy'],
    ['经理出来打官腔，一问三不知', 'service_attitude'],
    ['问个路都嫌烦，白眼翻上天', 'service_attitude'],
    ['退款退了个寂寞', 'after_sales'],
    ['猪脚没炖烂，啃得腮帮子疼', 'product_quality'],
    ['麻辣烫料挺新鲜，唯一的槽点是汤底寡淡，没啥味儿', 'product_quality'],
    ['菜品惊艳 尤其那道松鼠鳜鱼 外脆里嫩 就是停车太难了 绕了三圈才找到位置', 'environment'],
    ['订的带窗，给了个暗房', 'order_accuracy'],
    ['订的海景房，窗外是堵墙', 'order_accuracy'],
    ['送来凉得透透的，咬一口冰牙', 'delivery'],
    ['饭盒侧翻，菜汤和米饭搅一块了', 'delivery'],
    ['寿司新鲜好吃，米饭也不散，美中不足配送费都快赶上一盘寿司了。', 'price_billing'],
    ['热水器坏了洗了个冷水澡，报修说明天才来修，这大冬天的，房费一分没少收。', 'price_billing'],
  ])('%s names %s', (text, type) => expect(types(text)).toContain(type));

  it('leaves the same words praising or elsewhere alone', () => {
    expect(read('点了三份，三份都对，餐具也是三套，没毛病').sentiment.label).toBe('positive');
    expect(read('餐具、纸巾、湿巾一样不少').sentiment.label).toBe('positive');
    expect(read('坐月子期间偷偷点了一份清汤牛肉面没放味精很清淡牛肉炖得烂烂的汤也鲜感觉被治愈了').sentiment.label).toBe('positive');
    expect(read('第一次吃泰国菜，冬阴功汤酸酸辣辣很开胃，要是能再多放几只虾就更好了').sentiment.label).toBe('positive');
    expect(types('服务人员说这是温泉的矿物质，很正常')).not.toContain('product_quality');
    expect(types('东北饺子馆 酸菜馅的 皮厚实 蘸蒜酱 嘎嘎好吃')).not.toContain('product_quality');
    expect(types('订的无烟房，一进去全是烟味')).not.toContain('delivery');
  });
});

describe('harm found or feared on the premises, said plainly', () => {
  it.each(['外卖袋里爬出一只小强', '炖菜里嚼出碎玻璃', '半夜闻到烧焦味，楼道全是烟', '楼道没灭火器，安全出口还锁死了', '吊灯掉下来，差点砸我头上'])('%s is urgent', (text) =>
    expect(read(text).urgent).toBe(true),
  );

  it.each(['订的无烟房，一进去全是烟味，打电话要换房', '吃个饭能被二手烟熏死，出来头发衣服全是烟味。'])('%s is not', (text) => expect(read(text).urgent).toBe(false));
});
