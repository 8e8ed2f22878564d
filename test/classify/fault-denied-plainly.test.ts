import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

describe('a fault denied plainly (没洒, 面没有坨, 吃完不口干, 听不到外面的声音)', () => {
  it.each([
    '送来还是热的，没有洒',
    '面条没有坨',
    '汤底是骨头汤 喝着不口干',
    '吃完也不口渴',
    '小哥送到的时候说了句 不好意思久等了 其实一点都没晚 哈哈 太客气了',
    '房间很干净 没有蟑螂',
    '吃了没拉肚子',
  ])('%s is praise with no type', (text) => expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] }));

  it('reads a denial past a contrast as praise too (the model, not this rule, decides the types there)', () => {
    expect(verdict('位置在闹市区 但是房间在里面 一点都听不到外面的声音 闹中取静').sentiment).toBe('positive');
  });

  it('leaves a denial asked or supposed, a want unmet, and a fault met a complaint', () => {
    for (const text of ['饭一点都不热', '电视听不到声音', '房间里有蟑螂', '吃完拉肚子了', '不咸不淡的 没什么味道'])
      expect(verdict(text).sentiment, text).toBe('negative');
    expect(verdict('就是不知道掉不掉色').types, '掉不掉色 asks').toContain('product_quality');
  });
});
