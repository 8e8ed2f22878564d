import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';
import { detectLanguage } from '../../shared/classify/language.ts';

describe('a list of faults left empty is praise, not an item missing', () => {
  it.each(['优点：干净，安静。缺点：没有。', '缺点：暂时没发现', '不足之处：无', '缺点嘛，没有', '缺點：沒有', '没有缺点', '没发现什么缺点'])('%s → positive, no type', (text) => {
    expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] });
  });

  it('reads the empty list as 没有缺点, in either script', () => {
    expect(detectLanguage('房间很好。缺点：无。').analysisText).toBe('房间很好。无缺点。');
    expect(detectLanguage('房間很好。缺點：沒有').analysisText).toBe('房间很好。没有缺点');
  });

  it('keeps a list of faults that has some', () => {
    expect(verdict('缺点：房间小，隔音差').types).toContain('environment');
    expect(verdict('缺点没有，就是贵').types).toEqual(['price_billing']);
  });
});
