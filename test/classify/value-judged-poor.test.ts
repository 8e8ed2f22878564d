import { describe, expect, it } from 'vitest';
import { typesWithoutBargainTold } from '../../shared/classify/value-judged-poor.ts';
import { verdict } from '../support/verdict.ts';

describe('the value or the price judged poor', () => {
  it.each(['性价比很低', '性价比极低', 'CP值很低', '价格很高', '房价偏高', '价位有点高', '酒店价格偏高', '价格偏高，性价比不高', '價格偏高，CP值很低'])(
    '%s alone is a negative price complaint',
    (text) => {
      expect(verdict(text)).toEqual({ sentiment: 'negative', types: ['price_billing'] });
    },
  );

  it.each(['位置好，性价比很低', '各方面都不错，价格略高', '房间干净，早餐丰富，就是房价有点高', '房间干净，位置好，就是性价比也不算高', '住了两晚,一般般吧,价格也不便宜,下次可能会换一家'])('%s keeps price_billing beside praise', (text) => {
    expect(verdict(text).types).toContain('price_billing');
  });

  it.each(['性价比很高', '性价比不低', '价格不高，服务也好', '价位偏高但整体体验值得', '房价偏高，不过物有所值', '如果价格再低点就好了', '希望性价比再高一点'])('%s is no price complaint', (text) => {
    expect(verdict(text).types).not.toContain('price_billing');
  });

  // The judgement counts as a sentiment word beside other faults too, where the model read 低 and 高 as praise.
  it.each(['價格偏高 份量很少 CP值超低', '分量少得可怜，性价比超低', '房间小，价格太高'])('%s is negative beside other faults', (text) => {
    expect(verdict(text).sentiment).toBe('negative');
  });

  it.each(['价格很低', '价格不高', '性价比很高', '房价合理'])('%s alone is praise with no type', (text) => {
    expect(verdict(text)).toEqual({ sentiment: 'positive', types: [] });
  });

  // The model read 价格 and 性价比 as a price fault beside another fault or none (13 such shopping, hotel and takeaway items of the corpus).
  it.each([
    ['价格不高，就是房间小', ['environment']],
    ['性价比很高，就是离地铁站有点远', ['environment']],
    ['一百多的价格这条件可以了，性价比很高', []],
  ])('%s: the price praised and nothing else said of what was paid is no price_billing', (text, types) => {
    expect(verdict(text).types).toEqual(types);
  });

  it.each(['性价比很高，可惜买完第二天就降价了', '价格很实惠，就是退房时押金退得很慢'])('%s: a price praised beside another word of what was paid keeps price_billing', (text) => {
    expect(verdict(text).types).toContain('price_billing');
  });

  it.each(['好吃是好吃 就是价格劝退', '价格感人 一碗牛肉面五十八', '菜品精致 价格对学生党不太友好', '环境不错 就是价格不太亲民', '味道很好 價格有點勸退'])(
    '%s, the price put in a euphemism, is price_billing',
    (text) => {
      expect(verdict(text).types).toContain('price_billing');
    },
  );

  it.each(['价格美丽 味道也好', '价格很友好 推荐', '这部电影很感人', '价格亲民 量也足'])('%s is no price complaint', (text) => {
    expect(verdict(text).types).not.toContain('price_billing');
  });
});

describe('the price told, then judged fair after a comma', () => {
  it('names no price fault (价格三十多一杯，合理)', () => {
    expect(verdict('价格三十多一杯，合理。走的时候老板鞠了个躬').types).not.toContain('price_billing');
  });

  it('is still asked about when a question (合理吗)', () => {
    expect(verdict('价格三十多一杯，合理吗？').types).toContain('price_billing');
  });
});

describe('a bargain told (比门市便宜一百多, 携程订才两百八, 很划算)', () => {
  it('names no price fault', () => {
    expect(verdict('门市价要四百多,携程订才两百八,很划算了.房间不大,但是东西都很新,床垫软硬适中,睡得很好.').types).not.toContain('price_billing');
    expect(verdict('原价68现价39，东西和原价的一样，划算').types).not.toContain('price_billing');
  });

  it('leaves a deal denied, a price cut after buying and a hope belied to the model', () => {
    for (const text of ['非常一般,真心不划算,不会再买了', '买了才三天就降价100', '电话销售说手续费每期才0.6%，我以为很划算，结果年化快18%'])
      expect(typesWithoutBargainTold([{ type: 'price_billing', confidence: 0.6, phrases: [], problem: true }], text).map((t) => t.type), text).toEqual(['price_billing']);
  });
});
