import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForRemedyAsked } from '../../shared/classify/remedy-asked.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const handling = [
  { type: 'product_quality', confidence: 0.9, phrases: ['头发'], problem: true },
  { type: 'after_sales', confidence: 0.6, phrases: ['退款'], problem: false },
];

// The guide: after_sales is the handling after the problem (退款不退, 投诉无人处理, 客服推诿, 不给换), not the asking.
describe('a remedy asked for, nothing said of its handling', () => {
  it('is no after_sales complaint', () => {
    for (const text of ['饭里有头发 恶心死了 退钱', '客服你好，我要退货退款，不想要了', '一句讲晒,超差,我要退货', '饭里有根细铁丝，我儿子一嚼把嘴划破了，商家必须赔偿'])
      expect(types(text), text).not.toContain('after_sales');
    expect(types('饭里有头发 恶心死了 退钱')).toContain('product_quality');
  });

  it('is after_sales once the handling is refused, stalled, too little or a burden', () => {
    for (const text of [
      '退款申请提交一周了还没处理',
      '菜里有头发 找商家就给退了3块钱 打发要饭的呢',
      '牛肉面里吃出一截烟头 商家只肯退面钱',
      '红烧肉全是肥的，根本没法吃，退款还要我寄回去',
      '数据线拿到就是坏的,充不起电。客服也不换',
      '这就是在京东买的实木沙发 退款比登天难',
      // In words only the withheld-remedy rule knows (remedy-withheld.ts): what it names after_sales stays named.
      '饭里有虫 要求退款商家装傻',
    ])
      expect(typesForRemedyAsked(handling, text).map((t) => t.type), text).toContain('after_sales');
  });
});
