import { describe, expect, it } from 'vitest';
import { verdict } from '../support/verdict.ts';

describe('a price felt in the flesh (肉疼) is price_billing', () => {
  it.each(['鳗鱼饭鳗鱼烤得很香酱汁甜咸刚好米饭也好吃就是五十多块一份太肉疼了一个月只能吃一次', '水果捞很新鲜芒果都熟透了，就是一小碗32有点肉疼', '房子很好，就是停车费一天要六十，有点肉疼'])(
    '%s → price_billing, still positive',
    (text) => {
      expect(verdict(text).types).toContain('price_billing');
      expect(verdict(text).sentiment).toBe('positive');
    },
  );
});
