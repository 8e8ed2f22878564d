import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a price judged worth it or not dear with no contrast word (贵是有贵的道理, 不算贵)', () => {
  it('is no price_billing', () => {
    expect(types('四个人一千二，人均三百，贵是有贵的道理。就是停车不方便')).not.toContain('price_billing');
    expect(types('价格不便宜也不算贵，味道一般')).not.toContain('price_billing');
  });

  it('keeps a price said too dear, asked about, or a charge beside it', () => {
    expect(types('价格太贵了，不算贵的只有米饭')).toContain('price_billing');
    expect(types('价格非常贵，物有所值吗？不')).toContain('price_billing');
    expect(types('有点贵，物有所值，不过要另外收服务费')).toContain('price_billing');
  });
});

describe('the price judged worth paying with no price named (总体还是值这个价的, 值回票价)', () => {
  it('is no price_billing beside a sum told', () => {
    expect(types('海鲜自助品种很多，生蚝和蟹腿都新鲜，甜品区也丰富。就是收盘子有点慢，桌上堆满了空盘。总体还是值这个价的，三个人花了五百多')).not.toContain('price_billing');
  });

  it('keeps the price denied its worth, or asked about', () => {
    expect(types('环境不错服务也好，但是菜一般，一个人三百多真的不值这个价')).toContain('price_billing');
    expect(types('一个人三百多，我觉得不太值这个价，菜量也少')).toContain('price_billing');
    expect(types('人均两百多，值这个价吗？')).toContain('price_billing');
  });
});
