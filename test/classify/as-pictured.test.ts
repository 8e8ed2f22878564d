import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the goods or the place as pictured', () => {
  it('is praise, not a misleading promise', () => {
    expect(types('裤子颜色和图片上一样，没有色差，穿着很舒服')).not.toContain('misleading_promise');
    expect(types('冲着网上的高评分来的，果然名副其实')).not.toContain('misleading_promise');
  });

  it('stays a misleading promise when it differs from the picture', () => {
    expect(types('和图片上的不一样，颜色差太多')).toContain('misleading_promise');
  });

  it('stays one when another promise was broken', () => {
    expect(types('颜色跟图片一样，但是说好的赠品没送')).toContain('misleading_promise');
  });
});
