import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a wish or a question after a fault told past a contrast (就是…，希望改进)', () => {
  it('keeps the fault its type', () => {
    expect(types('房间干净，服务也好，就是早餐的面包干巴巴的，希望改进')).toEqual(['product_quality']);
    expect(types('位置方便，唯一的缺点是早餐的粥稀得像水，希望多放点米')).toEqual(['product_quality']);
    expect(types('饭菜香，分量足。只是光等店家接单就二十分钟，希望改善')).toEqual(['responsiveness']);
    expect(types('面很好吃，就是汤有点齁，下次能不能少放点盐？')).toEqual(['product_quality']);
  });

  it('is still no complaint when the wish or the question is all that follows the contrast', () => {
    expect(types('挺好吃的，但是能不能多给点辣椒？')).toEqual([]);
    expect(types('服务不错，不过想问下停车场收费吗？')).toEqual([]);
    expect(types('房间很好，希望下次能有浴缸')).toEqual([]);
    expect(types('建议增加夜间配送')).toEqual([]);
  });

  it('keeps a thing brought late to responsiveness alone', () => {
    expect(types('环境不错，就是晚上叫了两次才送来吹风机，希望改进')).toEqual(['responsiveness']);
  });

  it('finds no complaint in a wish for more breakfast past 就是', () => {
    expect(types('都挺好的，就是希望早餐能多几样')).toEqual([]);
  });

  it('finds no complaint where the contrast opens the wish itself', () => {
    expect(types('房间很干净，不过建议增加一些儿童用品')).toEqual([]);
    expect(types('服务很好，只是希望下次能有靠窗的位置')).toEqual([]);
  });
});
