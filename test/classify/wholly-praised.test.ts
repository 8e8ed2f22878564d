import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

describe('a review that only praises names no type from its topic words', () => {
  it.each([
    '大连出差住的，酒店在海边，晚上可以去海边走走。房间是海景房，早上拉开窗帘就是大海，心情超好。服务也很专业。价格比市中心便宜，划算。下次出差还会选这家。',
    '带爸妈去三亚过年，酒店是海景房，房间很宽敞，有个大阳台，爸妈开心得不得了，酒店离夜市很近，晚上可以去逛逛。',
  ])('%s → positive, no type', (text) => expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] }));

  it('keeps a fault announced in words the lexicon does not score (唯一不足是…)', () => {
    expect(verdict('五一带爸妈来的，前台特意给我们升级了套房，爸妈开心坏了。早餐丰富，位置好，唯一不足是五一期间停车场满了，车只能停到对面商场。').types).toContain('environment');
  });

  it('keeps a type its problem phrase names, in praise too', () => {
    expect(verdict('房间很干净，服务很周到，位置也方便，就是隔音差了点，总体很满意').types).toContain('environment');
  });
});
