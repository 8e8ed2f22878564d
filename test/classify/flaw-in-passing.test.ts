import { describe, expect, it } from 'vitest';
import { flawInPassing, flawIsAWait } from '../../shared/classify/flaw-in-passing.ts';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the fault a satisfied customer marks in passing (就是…, 唯一的缺点是…, 美中不足的是…)', () => {
  it('is the words after a marker that opens its clause, to the sentence end', () => {
    expect(flawInPassing('面很好吃 汤也浓 就是忘了给勺子')).toBe('忘了给勺子');
    expect(flawInPassing('位置方便，唯一的缺点是电梯要等很久，不过能接受。下次还来')).toBe('电梯要等很久，不过能接受');
    expect(flawInPassing('环境不错，美中不足的是停车位太少')).toBe('停车位太少');
    expect(flawInPassing('总体满意。缺点：早餐种类少')).toBe('早餐种类少');
    expect(flawInPassing('海鲜都很新鲜。扣一星是因为上菜太慢了')).toBe('上菜太慢了');
    expect(flawInPassing('【服务】很周到。【小问题】点的热柠檬红茶上了冰的【总结】会再来')).toBe('点的热柠檬红茶上了冰的');
  });

  it('is none where 就是 stands inside a clause (最喜欢的就是江景) or nothing is marked', () => {
    expect(flawInPassing('房间很大，最喜欢的就是江景')).toBeUndefined();
    expect(flawInPassing('房间干净，服务热情，下次还住')).toBeUndefined();
  });

  it('gives the type the model reads there, with the whole message, when no type was found', () => {
    expect(types('面很好吃 汤也浓 就是忘了给勺子')).toEqual(['order_accuracy']);
    expect(types('芒果班戟超好吃 奶油很轻 就是有点小')).toEqual(['product_quality']);
    const explained = classifier.classifySync({ text: '面很好吃 汤也浓 就是忘了给勺子' }).explanations;
    expect(explained.some((line) => line.includes('marks in passing'))).toBe(true);
  });

  it('gives none for a wish, a lukewarm remark or a marker that tells no fault', () => {
    for (const text of ['都挺好的，就是希望早餐能多几样', '还行，就是普通的快餐味道', '房间很大，最喜欢的就是江景，晚上特别美']) expect(types(text), text).toEqual([]);
  });

  it('leaves a review whose type was already found as it was', () => {
    expect(types('酸菜鱼很嫩 汤也够味 就是鱼片有点少')).toEqual(['product_quality']);
  });
});

describe('a marked flaw that is nobody’s fault (就是天气凉了, 就是我自己口味重)', () => {
  it('is none', () => {
    expect(flawInPassing('饭菜很好 就是天气凉了')).toBeUndefined();
    expect(flawInPassing('挺好吃，就是我自己口味重')).toBeUndefined();
  });
});

describe('a marked fault that tells of a wait (就是有时候出餐有点慢)', () => {
  it('is never the food’s', () => {
    expect(flawIsAWait('有时候出餐有点慢')).toBe(true);
    expect(types('每次点都会送个小饮料，老板很贴心。就是有时候出餐有点慢')).not.toContain('product_quality');
  });
});
