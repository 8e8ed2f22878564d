import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

describe('the goods or the place as pictured', () => {
  it('is praise, not a misleading promise', () => {
    expect(types('裤子颜色和图片上一样，没有色差，穿着很舒服')).not.toContain('misleading_promise');
    expect(types('冲着网上的高评分来的，果然名副其实')).not.toContain('misleading_promise');
  });

  it('is praise when the customer confirms what others said', () => {
    expect(types('跟网上说的一样，味道确实可以')).not.toContain('misleading_promise');
    expect(types('评论里说的没错 这家的烤鱼真的香')).not.toContain('misleading_promise');
    expect(types('和大家说的差不多，房间干净，早餐也丰富')).not.toContain('misleading_promise');
  });

  it('stays a misleading promise when what others said was wrong or another promise broke', () => {
    expect(types('跟网上说的完全不一样，房间又小又旧')).toContain('misleading_promise');
    expect(types('网上说的没错，可是说好的免费升级没给')).toContain('misleading_promise');
  });

  it('stays a misleading promise when it differs from the picture', () => {
    expect(types('和图片上的不一样，颜色差太多')).toContain('misleading_promise');
  });

  it('stays one when another promise was broken', () => {
    expect(types('颜色跟图片一样，但是说好的赠品没送')).toContain('misleading_promise');
  });

  it('is praise when the place beats its picture, however looked at (比图片上看着还大)', () => {
    expect(types('到了前台很快就办好了入住，房间比图片上看着还大，两张床都很软，总之非常满意')).not.toContain('misleading_promise');
    expect(types('房间比照片看起来更宽敞，干净整洁')).not.toContain('misleading_promise');
  });
});
