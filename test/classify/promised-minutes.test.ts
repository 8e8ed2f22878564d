import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((entry) => entry.type);

describe('a wait told by the minutes promised and the minutes it took', () => {
  it('is the trip for a courier and the business at a stay or in the kitchen', () => {
    expect(types('页面写预计20分钟送达，实际55分钟。')).toContain('delivery');
    expect(types('说好十分钟送牙刷上来，我看着表等了四十五分钟。')).toEqual(['responsiveness']);
    expect(types('说好半小时出餐，等了一个小时')).toContain('responsiveness');
  });

  it('is no wait when the promise was kept or the minutes measure a distance', () => {
    expect(types('说20分钟，18分钟就到了')).toEqual([]);
    expect(types('说是五分钟到地铁站，实际走了二十分钟')).not.toContain('responsiveness');
    expect(types('外卖预计40分钟送达，实际45分钟到的，挺好')).not.toContain('delivery');
  });
});
