import { describe, expect, it } from 'vitest';
import { createLocalClassifier } from '../../shared/classify/index.ts';

const classifier = createLocalClassifier();
const types = (text: string) => classifier.classifySync({ text }).complaintTypes.map((t) => t.type);

// The guide: getting the order to the customer, late or slow, is delivery; a parcel's tracking tells it in its own words.
describe('a parcel stuck as its tracking shows it, or not yet sent', () => {
  it('is delivery', () => {
    for (const text of ['都第四天了 还在揽件', '一直显示正在出库 出库出了一个礼拜', '怎么还没发货', '物流三天没更新了 到底发没发', '买了一周还不发货']) expect(types(text), text).toContain('delivery');
  });

  it('is not when the tracking is praised', () => {
    expect(types('物流信息很及时 第二天就到了')).not.toContain('delivery');
  });
});
