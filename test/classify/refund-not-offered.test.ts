import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a refund or the difference not offered', () => {
  it('is after_sales (也不提退钱, 差价也不提退, 不退差价)', () => {
    expect(types('老板娘说加料的忘放了,也不提退钱')).toContain('after_sales');
    expect(types('点的麻辣香锅送来的是干锅,打电话问商家说是系统出错了,让我将就着吃,差价也不提退')).toContain('after_sales');
    expect(types('套餐上写的十二道菜只上了十道，问了说有两道卖完了，也不退差价')).toContain('after_sales');
  });
});
