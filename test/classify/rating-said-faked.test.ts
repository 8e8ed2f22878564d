import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRatingSaidFaked } from '../../shared/classify/rating-said-faked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const DEFAULT_TYPES = ['misleading_promise', 'product_quality'];

describe("a listing's rating said faked (4.8分是怎么刷出来的, 好评都是刷的吧)", () => {
  it('is misleading_promise', () => {
    for (const text of ['携程评分4.9，实际也就普通快捷水平，刷出来的吧', '和图片一样，和评价不一样，评价都是刷的吧', '点评都是刷的吧？这么难吃还四点八分？', '这么多好评都是雇佣的水军吧'])
      expect(types(text), text).toContain('misleading_promise');
  });

  it('is none by this rule for a card, a brush, browsing, printing, or a rating said not faked', () => {
    for (const text of ['门禁要刷卡，评价很好', '评价说酱刷的不多不少，确实', '大众点评刷到的，没踩雷，房间和图片一模一样', '评分挺高，不是那种刷出来的高分', '好评里说印刷很清楚'])
      expect(typesForRatingSaidFaked([], text, DEFAULT_TYPES), text).toEqual([]);
  });

  it('adds no type a taxonomy lacks', () => {
    expect(typesForRatingSaidFaked([], '好评都是刷的', ['product_quality'])).toEqual([]);
  });
});

describe('a version number and firmware flashed (刷成3.69)', () => {
  it('is no rating said faked', () => {
    expect(typesForRatingSaidFaked([], '查版本，不是3.69版，就当场给刷成3.69', DEFAULT_TYPES)).toEqual([]);
  });
});
