import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('an aspect named in a sentence that praises it', () => {
  it('is praised, not complained of', () => {
    expect(types('配送员辛苦了，这么晚还在送货，点赞！')).toEqual([]);
    expect(types('裤子颜色和图片一样，质量很好，很喜欢。')).toEqual([]);
    expect(types('退款的事客服一个电话就解决了，效率很高，点赞。')).toEqual([]);
  });

  it('still counts where another sentence finds fault with it', () => {
    expect(types('配送员辛苦了，这么晚还在送货，点赞！可是饭菜全洒了，汤也凉了。')).toContain('delivery');
    expect(types('菜的味道不错，服务员很热情。就是上菜太慢了，等了四十分钟。')).toEqual(['responsiveness']);
    expect(types('房间有点旧，空调还坏了，晚上很热。前台小姑娘很热情，帮我们换了房间。')).toEqual(['environment']);
  });

  it('is a fault when a contrast word in the sentence names it, praise before or not', () => {
    expect(types('房间很大很干净，就是卫生间的门是磨砂玻璃的。')).toEqual(['environment']);
    expect(types('菜很好吃，服务也好，唯一的缺点是停车位。')).toEqual(['environment']);
  });

  it('needs the sentiment model to read the sentence as praise too: one praising word is not enough', () => {
    // 说好的 is praise to the lexicon; the sentence is a billing complaint.
    expect(types('信用卡说好的刷满六次免年费，我刷了八次，照样扣了600年费。')).toContain('price_billing');
  });
});
