import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

describe('a fault denied outright (一根头发都没有, 一点都不塌)', () => {
  it.each(['一根头发都没有', '一点异味都没有', '床垫一点都不塌', '烧烤一点都不焦', '床品一点都不起球', '骑手一点都不绕路 十分钟就到', '量一点都不少'])(
    '%s is praise with no type',
    (text) => expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] }),
  );

  it('leaves a praised thing denied, or a fault met, a complaint', () => {
    for (const text of ['一点都不好吃', '一点都不新鲜', '一句道歉都没有', '房间有一点异味', '头发都掉到饭里了'])
      expect(verdict(text).sentiment, text).toBe('negative');
  });
});
