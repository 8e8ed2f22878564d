import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('food that cooled on the way', () => {
  it('is delivery, not product_quality, when nothing else is said against the food', () => {
    const found = types('牛肉饭分量很足，味道也好，就是送来有点凉');
    expect(found).toContain('delivery');
    expect(found).not.toContain('product_quality');
  });

  it('keeps product_quality when the food itself is criticised too', () => {
    expect(types('送来有点凉，而且米饭是夹生的，太难吃了')).toContain('product_quality');
  });
});
