import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('a parcel sent late or never received', () => {
  it('is a delivery complaint', () => {
    expect(types('周一下的单，周五才发货')).toContain('delivery');
    expect(types('付款一周了还是没有收到货')).toContain('delivery');
  });

  it('is not one when the parcel came and only the product is faulted', () => {
    expect(types('收到货了，衣服质量太差，线头很多')).not.toContain('delivery');
  });
});
