import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForWorseThanBefore } from '../../shared/classify/worse-than-before.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['product_quality', 'service_attitude'];
const byRule = (text: string) => typesForWorseThanBefore([], text, DEFAULT_TYPES).map((t) => t.type);

describe('the food said to fall short of before (没以前好吃了)', () => {
  it('is product_quality', () => {
    for (const text of ['老顾客了 没以前好吃了', '这次的牛肉面没有上次的香', '鸡排没之前那么大了', '感觉没原来地道了', '這次沒有以前好吃', '分量没以前多了']) expect(types(text), text).toContain('product_quality');
  });

  it('is none by this rule for a question, a condition, an improvement or the service', () => {
    expect(byRule('是不是换厨师了，没以前好吃了？')).toEqual([]);
    expect(byRule('如果没以前好吃就不点了')).toEqual([]);
    expect(byRule('比以前好吃多了')).toEqual([]);
    expect(byRule('没以前那么咸了，进步了')).toEqual([]);
    expect(byRule('服务没以前好了')).toEqual([]);
  });

  it('is product_quality when before is said far better (以前的好吃多了), not when now is better than before', () => {
    for (const text of ['换厨师了吧 以前的好吃多了', '老顾客了，之前的味道香多了', '还是第一次点的好吃很多', '以前做的菜入味多了，这次淡得没味']) {
      expect(byRule(text), text).toEqual(['product_quality']);
    }
    for (const text of ['比以前好吃多了', '这次比我之前吃的好吃多了', '现在比原来的味道香多了', '以前的好吃多了吗？']) expect(byRule(text), text).toEqual([]);
  });

  it('is product_quality when now is said worse than before with 差 alone (这次的比上次差), not the service, the trip, a denial or 差不多', () => {
    for (const text of ['这次的比上次差', '炒面比之前差了好多', '比上次差多了 不会再点']) expect(types(text), text).toContain('product_quality');
    for (const text of ['服务比以前差了', '送餐速度比上次差', '不比上次差 还是好吃', '是不是比以前差了？', '和以前比差不多', '比以前差不多']) expect(byRule(text), text).toEqual([]);
  });

  it('is product_quality when now is said saltier, blander or smaller than before (味道比以前淡了很多), not dearer', () => {
    for (const text of ['味道比以前淡了很多 失望', '这次比上次咸', '肉比之前少了一半']) expect(byRule(text), text).toEqual(['product_quality']);
    for (const text of ['比以前贵了', '是不是比以前咸了？']) expect(byRule(text), text).toEqual([]);
  });

  it("is product_quality for a regular's disappointment: the food praised as it was, then a verdict on this time (以前挺好吃的 这次不行)", () => {
    for (const text of ['以前挺好吃的 这次不行', '之前很好喝 现在一般般', '上次点的很好吃，这次很差']) expect(types(text), text).toContain('product_quality');
    for (const text of ['以前挺好吃的 这次也不错', '以前挺好吃的 这次还是一样好吃']) expect(byRule(text), text).toEqual([]);
  });

  it('is product_quality when the taste is said changed (现在味道变了, 变味了), not changed for the better; negative', () => {
    for (const text of ['之前挺好吃的 现在味道变了', '口味变了 不喜欢', '汤有点变味了']) expect(byRule(text), text).toEqual(['product_quality']);
    expect(byRule('味道变了 更好吃了')).toEqual([]);
    expect(classifier.classifySync({ text: '之前挺好吃的 现在味道变了' }).sentiment.label).toBe('negative');
  });
});

describe('the food said to grow worse over time (奶茶越来越淡, 一次比一次少, 这家店越做越差, 以前好吃现在不行了)', () => {
  it('is product_quality', () => {
    for (const text of ['奶茶越来越淡，跟喝水一样', '肉一次比一次少', '这家店越做越差', '以前好吃现在真的不行了，肉也少了很多']) expect(byRule(text), text).toEqual(['product_quality']);
  });

  it('is none by this rule for the service, the trip, the hotel, the crowd, a platform, a gap, or an improvement', () => {
    for (const text of ['服务越来越差', '送得一次比一次慢', '这家酒店越做越差', '店里人越来越少了', '越做越好了', '以前好吃现在也好吃', '京东越来越差了', '身体越来越硬朗', '和苹果差距越来越小了', '这样的店越来越少了']) expect(byRule(text), text).toEqual([]);
  });
});

describe('before praised, now said tasteless (以前很香现在没啥味道了)', () => {
  it('is product_quality', () => {
    expect(byRule('以前很香现在没啥味道了')).toEqual(['product_quality']);
    expect(byRule('之前很好吃，这次一点味道都没有')).toEqual(['product_quality']);
  });
});
