import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';
import { typesForPriceForLittle } from '../../shared/classify/price-for-little.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);
const byRule = (text: string) => typesForPriceForLittle([], text, ['price_billing']).map((t) => t.type);

// The guide: price too high or poor value is price_billing; so little sold for a sum says so without a price word.
describe('so little sold for a sum', () => {
  it('is price_billing', () => {
    expect(types('量太少了吧，这点东西卖35')).toEqual(expect.arrayContaining(['product_quality', 'price_billing']));
    expect(types('这么点东西卖三十多')).toContain('price_billing');
    expect(byRule('就这几片肉收我二十八')).toEqual(['price_billing']);
  });

  it('is nothing without a sum', () => {
    expect(byRule('这点东西卖得不贵，挺好')).toEqual([]);
    expect(byRule('这点小问题不影响，很好吃')).toEqual([]);
  });
});

describe('a sum added to a scant portion (鱼片少的可怜 还要48), or a sum that does not fill (二十几块吃不饱)', () => {
  it('is price_billing', () => {
    for (const text of ['点了份酸菜鱼 鱼片少的可怜 全是酸菜和豆芽 还要48', '虾仁就三个 还收18', '味道可以 份量太少 二十几块吃不饱'])
      expect(types(text), text).toContain('price_billing');
  });

  it('is none by this rule for a wish (还要加饭), or a sum with no portion said scant', () => {
    for (const text of ['量有点少 还要加饭', '好吃 还要30分钟才能送到', '十块钱吃得很饱']) expect(byRule(text), text).toEqual([]);
  });
});

describe('a sum after a faulted dish (难吃到想哭 还要68), or asked back (这早餐收38？)', () => {
  it('is price_billing', () => {
    for (const text of ['鸡汤上面一层油，下面几块鸡骨头，还卖38', '难吃到想哭 还要68', '馒头是冷的，鸡蛋是硬的，粥是稀的，这早餐收38？', '一碗米饭收5块？ 米是金子做的吗'])
      expect(types(text), text).toContain('price_billing');
  });
});
